import { escapeHtml, formatEditionDate, jsonForScript } from '../lib/html'
import type { ReaderArticle, ReaderEdition, ReaderPage } from '../lib/readerData'
import { LOGIN_SCRIPT, READER_SCRIPT } from './readerScript'
import { READER_CSS } from './readerStyles'

/** The reader's HTML pages. Every value goes through escapeHtml or jsonForScript. */

export type Shell = { title: string; nonce: string; body: string; script?: string }

export function shell({ title, nonce, body, script }: Shell): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)} — Báo in điện tử</title>
<style nonce="${nonce}">${READER_CSS}</style>
</head>
<body>
${body}
${script ? `<script nonce="${nonce}">${script}</script>` : ''}
</body>
</html>`
}

const editionLabel = (edition: ReaderEdition) =>
  [edition.publication, edition.title, formatEditionDate(edition.date)].filter(Boolean).join(' · ')

export type LoginState = { mode: 'free' } | { mode: 'subscribers'; signedIn: boolean; message?: string }

function loginBox(state: LoginState): string {
  if (state.mode === 'free') return ''
  if (state.signedIn) {
    return `<p>${state.message ? `${escapeHtml(state.message)} ` : ''}<button type="button" id="logout">Đăng xuất</button></p>`
  }
  return `<form class="login" id="login" data-testid="epaper-login">
  <p>${escapeHtml(state.message ?? 'Báo in điện tử dành cho bạn đọc đăng ký. Vui lòng đăng nhập để đọc.')}</p>
  <label>Email <input name="email" type="email" autocomplete="username" required></label>
  <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required></label>
  <p class="error" id="login-error" role="alert"></p>
  <button type="submit">Đăng nhập</button>
</form>`
}

export function listPage(
  nonce: string,
  editions: ReaderEdition[],
  paging: { page: number; totalPages: number },
  login: LoginState,
): string {
  const items = editions
    .map(
      (edition) => `<a href="/epaper/${escapeHtml(edition.id)}" data-testid="epaper-edition">
  <img src="/epaper/${escapeHtml(edition.id)}/pages/1/thumb.webp" alt="Trang nhất ${escapeHtml(edition.title)}" loading="lazy">
  <span>${escapeHtml(editionLabel(edition))}<br>${edition.pageCount} trang</span></a>`,
    )
    .join('\n')
  const pager = [
    paging.page > 1 ? `<a href="/epaper?page=${paging.page - 1}">‹ Mới hơn</a>` : '',
    paging.page < paging.totalPages ? `<a href="/epaper?page=${paging.page + 1}">Cũ hơn ›</a>` : '',
  ].join('')
  const banner = login.mode === 'subscribers' ? `<div class="message">${loginBox(login)}</div>` : ''
  return shell({
    title: 'Các số báo',
    nonce,
    body: `<header class="bar"><h1>Báo in điện tử — các số đã phát hành</h1></header>
${banner}
<main class="list" id="editions">${items || '<p>Chưa có số báo nào được phát hành.</p>'}</main>
${pager ? `<nav class="pager">${pager}</nav>` : ''}`,
    script: login.mode === 'subscribers' ? LOGIN_SCRIPT : undefined,
  })
}

export function readerPage(nonce: string, edition: ReaderEdition, pages: ReaderPage[]): string {
  const base = `/epaper/${encodeURIComponent(String(edition.id))}`
  const thumbs = pages
    .map(
      (page) =>
        `<button type="button" aria-label="Trang ${page.number}"><img src="${escapeHtml(base)}/pages/${page.number}/thumb.webp" alt="" loading="lazy"></button>`,
    )
    .join('')
  const first = pages[0]
  return shell({
    title: editionLabel(edition),
    nonce,
    body: `<header class="bar"><a href="/epaper">‹ Các số</a><h1>${escapeHtml(editionLabel(edition))}</h1>
<span class="count" id="page-label" data-testid="page-label">Trang 1/${pages.length}</span></header>
<main class="viewer" id="viewer">
  <div class="page" id="page"><img id="page-image" alt="Trang ${first?.number ?? 1}" src="${escapeHtml(base)}/pages/${first?.number ?? 1}/screen.webp"><div id="zones"></div></div>
</main>
<nav class="controls" aria-label="Điều khiển">
  <button type="button" id="prev">‹ Trước</button>
  <button type="button" id="zoom-out" aria-label="Thu nhỏ">−</button>
  <span id="zoom-label" class="zoom-label">100%</span>
  <button type="button" id="zoom-in" aria-label="Phóng to">+</button>
  <button type="button" id="next">Sau ›</button>
</nav>
<nav class="strip" id="strip" aria-label="Các trang">${thumbs}</nav>
<div class="sheet" id="article" role="dialog" aria-modal="true" aria-labelledby="article-title" hidden>
  <div class="sheet-panel"><button type="button" class="sheet-close" id="close-article">Đóng ✕</button>
  <div id="article-body"></div></div>
</div>
<script type="application/json" id="epaper-data">${jsonForScript({ base, pages })}</script>`,
    script: READER_SCRIPT,
  })
}

export function articlePage(nonce: string, edition: ReaderEdition, article: ReaderArticle): string {
  const base = `/epaper/${encodeURIComponent(String(edition.id))}`
  return shell({
    title: article.headline,
    nonce,
    body: `<header class="bar"><a href="${escapeHtml(base)}#trang-${article.pages[0]}">‹ Trang ${article.pages[0]}</a>
<h1>${escapeHtml(editionLabel(edition))}</h1></header>
<main class="message"><article class="sheet-panel article-page">
<h2>${escapeHtml(article.headline)}</h2>
${article.bylines.length ? `<p class="byline">${escapeHtml(article.bylines.join(', '))}</p>` : ''}
${article.standfirst ? `<p class="standfirst">${escapeHtml(article.standfirst)}</p>` : ''}
${article.bodyHtml}
</article></main>`,
  })
}

/** A page explaining why the reader cannot open (login needed, subscription over, not found). */
export function messagePage(nonce: string, title: string, message: string, login?: LoginState): string {
  return shell({
    title,
    nonce,
    body: `<header class="bar"><a href="/epaper">‹ Các số</a><h1>${escapeHtml(title)}</h1></header>
<main class="message" data-testid="epaper-message">${login && login.mode === 'subscribers' ? loginBox({ ...login, message }) : `<p>${escapeHtml(message)}</p>`}</main>`,
    script: login?.mode === 'subscribers' ? LOGIN_SCRIPT : undefined,
  })
}
