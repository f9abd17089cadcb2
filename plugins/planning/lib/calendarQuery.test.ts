import { parseCalendarQuery } from './calendarQuery'

const parse = (query: string) => parseCalendarQuery(new URLSearchParams(query))

describe('calendar query', () => {
  it('reads a week with filters', () => {
    expect(parse('from=2026-03-09&to=2026-03-15&desk=4&publication=12')).toEqual({
      from: '2026-03-09',
      to: '2026-03-15',
      desk: '4',
      publication: '12',
    })
    expect(parse('from=2026-03-09&to=2026-03-09&desk=')).toEqual({ from: '2026-03-09', to: '2026-03-09' })
  })

  it('allows 62 days and refuses 63', () => {
    expect(parse('from=2026-03-01&to=2026-05-01')).toEqual({ from: '2026-03-01', to: '2026-05-01' })
    expect(parse('from=2026-03-01&to=2026-05-02')).toEqual({ error: expect.stringContaining('63 ngày') })
  })

  it.each([
    ['', '"from" và "to"'],
    ['from=2026-03-09', '"from" và "to"'],
    ['from=09/03/2026&to=2026-03-15', '"from" phải'],
    ['from=2026-03-09&to=2026-02-30', '"to" phải'],
    ['from=2026-03-10&to=2026-03-09', 'không được trước'],
    ['from=2026-03-09&to=2026-03-15&desk=tin-tuc', '"desk" phải là mã số'],
    ['from=2026-03-09&to=2026-03-15&publication=-1', '"publication" phải là mã số'],
    ['from=2026-03-09&to=2026-03-15&desks=1', 'không được hỗ trợ'],
    ['from=2026-03-09&from=2026-03-10&to=2026-03-15', 'một lần'],
  ])('refuses %j', (query, message) => {
    expect(parse(query)).toEqual({ error: expect.stringContaining(message) })
  })
})
