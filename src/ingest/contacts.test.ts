import { isValidPhone, readContacts, splitPhone } from './contacts';

describe('contacts', () => {
  it('reads department, phone, extension and e-mail', () => {
    expect(readContacts(['担当部署名\t総務課\t\t', '電話番号\t0254-27-2111（内線228）\t電子メール\tsoumu@town.seiro.niigata.jp'])).toEqual([
      { department: '総務課', phone: '0254-27-2111', extension: '228', email: 'soumu@town.seiro.niigata.jp' },
    ]);
  });

  it('reads A/B contacts and space-separated pairs', () => {
    const ab = readContacts([
      '担当部署名\tA 京都府 商工労働観光部 海外経済課 B 舞鶴市 産業振興部\t\t',
      '電話番号\tA 075-414-4844 B 0773-66-1037\t電子メール\tA a@pref.kyoto.lg.jp B b@city.maizuru.kyoto.jp',
    ]);
    expect(ab.map((c) => [c.department, c.phone, c.email])).toEqual([
      ['京都府 商工労働観光部 海外経済課', '075-414-4844', 'a@pref.kyoto.lg.jp'],
      ['舞鶴市 産業振興部', '0773-66-1037', 'b@city.maizuru.kyoto.jp'],
    ]);
    const pair = readContacts([
      '担当部署名\t文化・国際課、観光政策課\t\t',
      '電話番号\t088-823-9605 088-823-9608\t電子メール\tx@k.jp y@k.jp',
    ]);
    expect(pair.map((c) => c.phone)).toEqual(['088-823-9605', '088-823-9608']);
  });

  it('reads an extension written with a colon and spaces', () => {
    expect(splitPhone('099-274-2111(内線: 2233)')).toEqual({ phone: '099-274-2111', extension: '2233' });
    expect(readContacts(['電話番号\t099-274-2111 (内線: 2233)\t電子メール\t'])[0]).toMatchObject({
      phone: '099-274-2111',
      extension: '2233',
      email: null,
    });
  });

  it('validates phone numbers by format and length', () => {
    expect(isValidPhone('017-734-5235')).toBe(true);
    expect(isValidPhone('00561-97-1336')).toBe(false);
    expect(isValidPhone('017-734')).toBe(false);
  });
});
