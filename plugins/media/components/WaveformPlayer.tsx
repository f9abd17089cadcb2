'use client'

import { useTranslation } from '@payloadcms/ui'
import type { KeyboardEvent, MouseEvent, RefObject } from 'react'
import { useCallback, useEffect, useRef, useState } from 'react'

export type WaveformPlayerProps = {
  /** Peaks 0…1 as the worker stored them, oldest sample first. */
  peaks: number[]
  /** The audio element to drive: a ref, or the id of an element on the page. */
  audioRef?: RefObject<HTMLAudioElement | null>
  audioId?: string
  /** Used until the element has loaded its own metadata. */
  durationSeconds?: number
  height?: number
}

const BAR_WIDTH = 2
const BAR_GAP = 1
const KEY_STEP_SECONDS = 5

/** Reads a theme variable as the browser resolved it: a canvas cannot paint `var(--…)` itself. */
function themeColour(element: Element, variable: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(variable).trim() || fallback
}

/** Averages the peaks into one value per bar, so any number of peaks fits any width. */
function bucket(peaks: number[], bars: number): number[] {
  if (bars <= 0 || peaks.length === 0) return []
  const out: number[] = []
  const per = peaks.length / bars
  for (let i = 0; i < bars; i++) {
    const start = Math.floor(i * per)
    const end = Math.max(start + 1, Math.floor((i + 1) * per))
    let max = 0
    for (let j = start; j < end && j < peaks.length; j++) max = Math.max(max, Math.abs(peaks[j]))
    out.push(Math.min(1, max))
  }
  return out
}

export function WaveformPlayer({
  peaks,
  audioRef,
  audioId,
  durationSeconds,
  height = 64,
}: WaveformPlayerProps) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [width, setWidth] = useState(0)
  const [progress, setProgress] = useState(0)

  const getAudio = useCallback(
    (): HTMLAudioElement | null =>
      audioRef?.current ?? (audioId ? (document.getElementById(audioId) as HTMLAudioElement | null) : null),
    [audioRef, audioId],
  )

  const duration = useCallback(() => {
    const fromElement = getAudio()?.duration
    return fromElement && Number.isFinite(fromElement) ? fromElement : (durationSeconds ?? 0)
  }, [getAudio, durationSeconds])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)))
    observer.observe(canvas)
    return () => observer.disconnect()
  }, [])

  // Follows the element rather than keeping its own clock, so the admin's own audio controls stay in sync.
  useEffect(() => {
    const audio = getAudio()
    if (!audio) return
    let frame = 0
    const update = () => {
      const total = duration()
      setProgress(total > 0 ? Math.min(1, audio.currentTime / total) : 0)
    }
    const tick = () => {
      update()
      frame = requestAnimationFrame(tick)
    }
    const onPlay = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(tick)
    }
    const onStop = () => {
      cancelAnimationFrame(frame)
      update()
    }
    const events: [string, () => void][] = [
      ['play', onPlay],
      ['pause', onStop],
      ['ended', onStop],
      ['seeked', update],
      ['timeupdate', update],
      ['loadedmetadata', update],
    ]
    for (const [name, handler] of events) audio.addEventListener(name, handler)
    if (!audio.paused) onPlay()
    return () => {
      cancelAnimationFrame(frame)
      for (const [name, handler] of events) audio.removeEventListener(name, handler)
    }
  }, [getAudio, duration])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || width === 0) return
    const ratio = window.devicePixelRatio || 1
    canvas.width = width * ratio
    canvas.height = height * ratio
    const context = canvas.getContext('2d')
    if (!context) return
    context.setTransform(ratio, 0, 0, ratio, 0, 0)
    context.clearRect(0, 0, width, height)
    const played = themeColour(canvas, '--theme-success-500', '#2f9e44')
    const rest = themeColour(canvas, '--theme-elevation-400', '#999')
    const bars = bucket(peaks, Math.floor(width / (BAR_WIDTH + BAR_GAP)))
    const middle = height / 2
    bars.forEach((peak, index) => {
      const x = index * (BAR_WIDTH + BAR_GAP)
      // At least one pixel each way, so silence still reads as a line and not as missing data.
      const half = Math.max(1, peak * (middle - 1))
      context.fillStyle = x / width < progress ? played : rest
      context.fillRect(x, middle - half, BAR_WIDTH, half * 2)
    })
  }, [peaks, width, height, progress])

  const seekTo = (fraction: number) => {
    const audio = getAudio()
    const total = duration()
    if (!audio || total <= 0) return
    audio.currentTime = Math.max(0, Math.min(1, fraction)) * total
    setProgress(audio.currentTime / total)
  }

  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    seekTo((event.clientX - box.left) / box.width)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const total = duration()
    if (total <= 0) return
    const step = KEY_STEP_SECONDS / total
    if (event.key === 'ArrowRight') seekTo(progress + step)
    else if (event.key === 'ArrowLeft') seekTo(progress - step)
    else if (event.key === ' ' || event.key === 'Enter') {
      const audio = getAudio()
      // A refused play() (autoplay policy, no source yet) leaves the player as it was; nothing to report.
      if (audio?.paused) audio.play().catch(() => undefined)
      else audio?.pause()
    } else return
    event.preventDefault()
  }

  const total = duration()
  return (
    <canvas
      ref={canvasRef}
      data-testid="waveform"
      role="slider"
      tabIndex={0}
      aria-label={en ? 'Waveform: click to seek' : 'Dạng sóng: bấm để tua'}
      aria-valuemin={0}
      aria-valuemax={Math.round(total)}
      aria-valuenow={Math.round(progress * total)}
      onClick={onClick}
      onKeyDown={onKeyDown}
      style={{
        display: 'block',
        width: '100%',
        height,
        cursor: 'pointer',
        borderRadius: 'var(--style-radius-s)',
        background: 'var(--theme-elevation-50)',
      }}
    />
  )
}
