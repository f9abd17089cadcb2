import type { StoryTranslation } from './types'

/** English editions of five published stories, for the foreign-language page and the locale switch. */
export const ENGLISH_EDITIONS: StoryTranslation[] = [
  {
    key: 'xa-khoai-chau-100-ngay',
    headline: 'Khoái Châu commune after 100 days of two-tier local government',
    standfirst:
      'Formed from a former town and several communes, the new Khoái Châu commune has completed its first 100 days under the two-tier model. Residents say paperwork is faster, despite some early teething problems.',
    body: [
      'On a Monday morning the commune’s public service centre is busy with people certifying documents, registering household businesses and filing land applications. Desks are arranged by field, each with an officer who helps residents file online.',
      'According to the commune People’s Committee, the centre received more than 6,200 applications in its first 100 days, nearly 80% of them filed fully or partly online. Over 98% were settled on time or early.',
      'Officials acknowledge that the workload has grown sharply now that the commune handles many tasks formerly done at district level, especially land and construction, and have asked the province for more training and digital-signature devices.',
    ],
    seoDescription:
      'Khoái Châu commune, Hưng Yên: 100 days of two-tier government, 6,200 applications, nearly 80% filed online.',
    social:
      'After 100 days of two-tier local government, Khoái Châu commune has handled over 6,200 applications, nearly 80% filed online.',
  },
  {
    key: 'nhan-long-vao-mua',
    headline: 'Longan season: Hưng Yên growers take their fruit to e-commerce',
    standfirst:
      'With a good harvest and steady prices, growers in Hồng Châu ward livestream, box and ship their longans to other provinces the same day.',
    body: [
      'Orchards along the Red River dyke in Hồng Châu ward are busy from dawn. Bunches are cut, trimmed, graded and packed into cartons printed with a traceability QR code.',
      'One grower with more than two hectares says about half of this year’s crop is sold online: picked in the afternoon, boxed in the evening and delivered to Hà Nội the next morning.',
      'Many growing areas in the province have been issued growing-area codes required by importing markets, and cooperatives are adding dryers to turn surplus fruit into dried longan.',
    ],
    seoDescription: 'Longan growers in Hồng Châu ward, Hưng Yên sell online with traceable, QR-coded boxes.',
    social:
      'Hưng Yên longan is in season: picked in the afternoon, delivered to Hà Nội the next morning, every box traceable by QR code.',
  },
  {
    key: 'canh-dong-mau-co-gioi-hoa',
    headline: 'Large-scale rice fields in Thái Thụy: mechanisation cuts costs by nearly 30%',
    standfirst:
      'From ploughing and machine transplanting to spraying by drone, farmers in Thái Thụy commune now grow rice in a completely different way.',
    body: [
      'This season more than 300 hectares of rice in Thái Thụy commune were transplanted by machine and fertilised and sprayed by drone, with the cooperative signing purchase contracts at the start of the season.',
      'The cooperative estimates production costs fell by nearly 30% compared with traditional methods, mainly through savings on labour, seed and pesticides.',
      'The provincial agriculture sector plans to replicate the model alongside land consolidation and high-quality rice growing areas.',
    ],
    seoDescription:
      'Mechanised large-scale rice fields in Thái Thụy commune cut production costs by nearly 30%.',
  },
  {
    key: 'bien-dong-chau-mua-he',
    headline: 'Đồng Châu beach gets ready for the summer season',
    standfirst:
      'The beach has been cleaned, lifeguard towers and new services are in place, and room and seafood prices are publicly posted.',
    body: [
      'Đồng Châu beach has been cleared of litter, new casuarina trees planted and lifeguard towers installed, while guesthouses and restaurants finish repairs ahead of the summer.',
      'The commune requires businesses to post room and seafood prices and not to tout for customers; a hotline for visitor complaints is displayed at every service point.',
      'Together with travel agencies, the commune is promoting new experiences: boat trips to the clam flats, cycling through the casuarina forest and tasting coastal specialities.',
    ],
    seoDescription:
      'Đồng Châu beach in Hưng Yên is ready for summer: clean sand, lifeguards and posted prices.',
    social:
      'Summer at Đồng Châu beach: clean sand, lifeguards, posted prices, boat trips to the clam flats and cycling through the casuarinas.',
  },
  {
    key: 'dich-vu-cong-truc-tuyen',
    headline: 'Nearly 90% of commune-level applications are now filed online',
    standfirst:
      'With the district level abolished, online public services have become residents’ front door, and community digital teams visit homes to help.',
    body: [
      'Nearly 90% of administrative applications at communes and wards last month were filed online, a sharp rise from before the reorganisation, according to the province’s science and technology authority.',
      'Electronic certified copies, birth registration, permanent residence registration and criminal record certificates have the highest online rates.',
      'In many villages, members of community digital technology teams, mostly young volunteers, visit older residents at home to install the e-ID app and file applications.',
    ],
    seoDescription: 'Nearly 90% of commune-level administrative applications in Hưng Yên are filed online.',
  },
]
