import { describe, expect, it } from '@jest/globals'

import { seedTaggingContext } from '../../../../src/seed/taggingContext'
import { buildGazetteer, splitLevelPrefix, type PlaceInput } from './gazetteer'

const context = seedTaggingContext()
const gazetteer = buildGazetteer(context.places, context.homeProvinceId)
const resolveId = (name: string) => gazetteer.resolve(name)?.id

describe('splitLevelPrefix', () => {
  it('separates the level word from the name', () => {
    expect(splitLevelPrefix('Xã Khoái Châu')).toEqual({ core: 'Khoái Châu', prefix: 'xa' })
    expect(splitLevelPrefix('Thành phố Hồ Chí Minh')).toEqual({ core: 'Hồ Chí Minh', prefix: 'thanh pho' })
    expect(splitLevelPrefix('TP. Hồ Chí Minh')).toEqual({ core: 'Hồ Chí Minh', prefix: 'tp.' })
    expect(splitLevelPrefix('Hưng Yên')).toEqual({ core: 'Hưng Yên' })
  })
})

describe('buildGazetteer().resolve', () => {
  it('resolves official names with or without their level word', () => {
    expect(resolveId('Xã Khoái Châu')).toBe('12205')
    expect(resolveId('Khoái Châu')).toBe('12205')
    expect(resolveId('phường Phố Hiến')).toBe('11953')
    expect(resolveId('Hưng Yên')).toBe('33')
    expect(resolveId('tỉnh Hưng Yên')).toBe('33')
  })

  it('uses a province after a comma and the former-unit mark', () => {
    expect(resolveId('Khoái Châu, Hưng Yên')).toBe('12205')
    expect(resolveId('Xã Khoái Châu, tỉnh Quảng Ninh')).toBeUndefined()
    expect(resolveId('tỉnh Thái Bình (cũ)')).toBe('33')
    expect(resolveId('Hưng Yên (tỉnh Thái Bình cũ)')).toBe('33')
  })

  it('reads a bare name as a province before a commune, a prefixed one by its level', () => {
    expect(resolveId('Thái Bình')).toBe('33')
    expect(resolveId('Phường Thái Bình')).toBe('13225')
    expect(resolveId('Bình Định')).toBe('52')
    expect(resolveId('xã Bình Định')).toBe('13186')
  })

  it('knows aliases, former provinces, tone placement and text without diacritics', () => {
    expect(resolveId('TP.HCM')).toBe('79')
    expect(resolveId('Sài Gòn')).toBe('79')
    expect(resolveId('TP. Hồ Chí Minh')).toBe('79')
    expect(resolveId('Hồ Chí Minh')).toBe('79')
    expect(resolveId('Bà Rịa - Vũng Tàu')).toBe('79')
    expect(resolveId('Thừa Thiên Huế')).toBe('46')
    expect(resolveId('Hà Giang')).toBe('08')
    expect(resolveId('Khánh Hoà')).toBe('56')
    expect(resolveId('Xã Thái Thuỵ')).toBe('12826')
    expect(resolveId('Hung Yen')).toBe('33')
    expect(resolveId('Dong Hung')).toBe('12688')
  })

  it('refuses unknown names and names whose diacritics differ', () => {
    expect(resolveId('Xã Không Có')).toBeUndefined()
    expect(resolveId('Hà Năm')).toBeUndefined()
    expect(resolveId('')).toBeUndefined()
  })

  it('prefers the home province for a commune name found in several, and needs a hint elsewhere', () => {
    const places: PlaceInput[] = [
      { id: 1, name: 'Hưng Yên', level: 'province', code: '33' },
      { id: 2, name: 'Quảng Ninh', level: 'province', code: '22' },
      { id: 3, name: 'Bắc Ninh', level: 'province', code: '24' },
      { id: 10, name: 'Xã Tân Tiến', level: 'commune', parentId: 1 },
      { id: 11, name: 'Xã Tân Tiến', level: 'commune', parentId: 2 },
      { id: 12, name: 'Xã Tân Tiến', level: 'commune', parentId: 3 },
    ]
    expect(buildGazetteer(places, 1).resolve('xã Tân Tiến')?.id).toBe(10)
    expect(buildGazetteer(places).resolve('xã Tân Tiến')).toBeUndefined()
    expect(buildGazetteer(places).resolve('xã Tân Tiến, Quảng Ninh')?.id).toBe(11)
    expect(buildGazetteer(places, 1).resolve('Tân Tiến, tỉnh Bắc Ninh')?.id).toBe(12)
  })

  it('reads aliases from the places it is given', () => {
    const places: PlaceInput[] = [
      { id: 'x', name: 'Thành phố Hồ Chí Minh', level: 'province', aliases: ['HCMC'] },
    ]
    expect(buildGazetteer(places).resolve('HCMC')?.id).toBe('x')
    expect(buildGazetteer(places).resolve('TP.HCM')).toBeUndefined()
  })
})
