import { describe, expect, it } from '@jest/globals'

import { compactBlocks, decodeEntities, parseBboxLayout } from './bbox'

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<html><body><doc>
  <page width="842.000000" height="1191.000000">
    <flow>
      <block xMin="60.000000" yMin="70.896000" xMax="522.056000" yMax="96.796000">
        <line xMin="60.000000" yMin="70.896000" xMax="522.056000" yMax="96.796000">
          <word xMin="60" yMin="70.9" xMax="122.2" yMax="96.8">Khởi</word>
          <word xMin="130" yMin="70.9" xMax="196.9" yMax="96.8">công</word>
          <word xMin="204" yMin="70.9" xMax="252.9" yMax="96.8">cầu</word>
        </line>
      </block>
      <block xMin="421" yMin="595.5" xMax="800" yMax="700">
        <line xMin="421" yMin="595.5" xMax="800" yMax="610">
          <word xMin="421" yMin="595.5" xMax="450" yMax="610">R&amp;D</word>
          <word xMin="455" yMin="595.5" xMax="480" yMax="610">&lt;5%&gt;</word>
        </line>
        <line xMin="421" yMin="612" xMax="800" yMax="626">
          <word xMin="421" yMin="612" xMax="450" yMax="626">&#272;&#xE0;</word>
        </line>
      </block>
    </flow>
  </page>
  <page width="595" height="842">
  </page>
</doc></body></html>`

describe('parseBboxLayout', () => {
  it('reads pages and blocks as fractions of the page from the top left', () => {
    const pages = parseBboxLayout(SAMPLE)
    expect(pages).toHaveLength(2)
    expect(pages[0]).toMatchObject({ widthPt: 842, heightPt: 1191 })
    const [headline, second] = pages[0]!.blocks
    expect(headline!.text).toBe('Khởi công cầu')
    expect(headline!.x).toBeCloseTo(60 / 842, 6)
    expect(headline!.y).toBeCloseTo(70.896 / 1191, 6)
    expect(headline!.w).toBeCloseTo((522.056 - 60) / 842, 6)
    expect(headline!.h).toBeCloseTo((96.796 - 70.896) / 1191, 6)
    expect(second!.text).toBe('R&D <5%> Đà')
    expect(second!.x).toBeCloseTo(0.5, 6)
    expect(second!.y).toBeCloseTo(0.5, 6)
  })

  it('keeps a page without text as a page without blocks', () => {
    expect(parseBboxLayout(SAMPLE)[1]).toEqual({ widthPt: 595, heightPt: 842, blocks: [] })
  })

  it('clamps boxes poppler reports past the page edge', () => {
    const xhtml =
      '<page width="100" height="100"><block xMin="-5" yMin="90" xMax="50" yMax="120"><word>x y</word></block></page>'
    const [block] = parseBboxLayout(xhtml)[0]!.blocks
    expect(block).toEqual({ x: 0, y: 0.9, w: 0.5, h: expect.closeTo(0.1, 6), text: 'x y' })
  })

  it('ignores pages without a size and blocks without words', () => {
    const xhtml =
      '<page width="0" height="10"><block xMin="1" yMin="1" xMax="2" yMax="2"><word>a</word></block></page>' +
      '<page width="10" height="10"><block xMin="1" yMin="1" xMax="2" yMax="2"></block></page>'
    expect(parseBboxLayout(xhtml)).toEqual([{ widthPt: 10, heightPt: 10, blocks: [] }])
  })
})

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&quot;a&quot; &apos;b&apos; &#7857; &#x1EA1; &nbsp; &#0;')).toBe(
      '"a" \'b\' ằ ạ &nbsp; &#0;',
    )
  })
})

describe('compactBlocks', () => {
  it('rounds boxes, shortens long text and caps the number of blocks', () => {
    const long = { x: 0.123456789, y: 0.5, w: 0.25, h: 0.1, text: 'a'.repeat(300) }
    const compact = compactBlocks([long, long, long], 2, 10)
    expect(compact).toHaveLength(2)
    expect(compact[0]).toEqual({ x: 0.1235, y: 0.5, w: 0.25, h: 0.1, text: `${'a'.repeat(9)}…` })
  })
})
