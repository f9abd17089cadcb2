import { describe, expect, it } from '@jest/globals'

import { parseXml } from './testXml'
import { cdata, container, element, escapeAttr, escapeText, stripIllegalXmlChars } from './xml'

describe('stripIllegalXmlChars', () => {
  it('drops C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone surrogates', () => {
    const dirty = 'a\u0000b\u0008c\u000Bd\u000Ce\u000Ef\u001Fg\tn\nr\rh\uFFFEi\uFFFFj\uD800k\uDC00l'
    expect(stripIllegalXmlChars(dirty)).toBe('abcdefg\tn\nr\rhijkl')
  })

  it('keeps Vietnamese letters, emoji (surrogate pairs) and CJK', () => {
    const text = 'Đường đến trường – Hưng Yên 🌾 河内'
    expect(stripIllegalXmlChars(text)).toBe(text)
  })
})

describe('escaping', () => {
  it('escapes markup in text and quotes and whitespace in attributes', () => {
    expect(escapeText('a < b & c > d "e"')).toBe('a &lt; b &amp; c &gt; d "e"')
    expect(escapeAttr(`"x" & 'y'\n`)).toBe('&quot;x&quot; &amp; &apos;y&apos;&#10;')
  })

  it('renders elements whose text and attributes parse back to the original', () => {
    const xml = container('root', [element('t', 'Lũ & <mưa> "đầu" mùa', { note: `a"b'c\td` })])
    const parsed = parseXml(xml)
    expect(parsed.root.t['#text']).toBe('Lũ & <mưa> "đầu" mùa')
    expect(parsed.root.t['@note']).toBe(`a"b'c\td`)
  })

  it('omits empty optional elements and self-closes attribute-only ones', () => {
    expect(element('copyright', undefined)).toBe('')
    expect(element('enclosure', undefined, { url: 'https://x/a.jpg', length: 12, type: undefined })).toBe(
      '<enclosure url="https://x/a.jpg" length="12"/>',
    )
  })
})

describe('cdata', () => {
  it('keeps "]]>" inside the content without ending the section early', () => {
    const html = '<p>a[i]]>b</p><script>x]]>y</script>]]>'
    const xml = `<root><c>${cdata(html)}</c></root>`
    expect(parseXml(xml).root.c).toBe(html)
  })

  it('strips illegal characters inside CDATA too', () => {
    expect(cdata('a\u0002b')).toBe('<![CDATA[ab]]>')
  })
})
