/**
 * Seed 001 (Hà Giang, 22/01/2020): "Khối các huyện, thành phố vùng động lực tổ chức Hội nghị tổng kết phong
 * trào thi đua năm 2019" — the bloc's five members, its 25 registered targets and their 2019 figures.
 *
 * Figures the article gives (kept exactly, as % of plan):
 *   budget revenue TP Hà Giang 124 %, Vị Xuyên 103 %, Bắc Mê 102 %;
 *   income per head TP Hà Giang 105 %, Vị Xuyên 105 %;
 *   poor households out of poverty Quang Bình 125 %, TP Hà Giang 115 %, Vị Xuyên 113 %;
 *   new jobs Quang Bình 153.3 %, Vị Xuyên 138.7 %, TP Hà Giang 115.3 %, Bắc Quang 114.4 %;
 *   birth rate: every member met it, TP Hà Giang exceeded it by 0.16 ‰;
 *   new-rural criteria Bắc Quang 49/35, Quang Bình 18/17;
 *   five communes registered for the new-rural standard in 2019: Tùng Bá, Thanh Đức (Vị Xuyên), Hùng An,
 *   Kim Ngọc, Tân Bắc (Bắc Quang, as the article attributes them);
 *   "nhìn chung các huyện, thành phố đều đạt 100% chỉ tiêu"; road safety named as hard to meet.
 * Every other plan and actual is INVENTED (plausible orders of magnitude) and marked `// invented` below;
 * the absolute plans behind the article's percentages are invented too (only the ratios are the seed's).
 */

/** Member order = the agreed rotation: TP Hà Giang (head 2019), Bắc Quang (deputy 2019), Vị Xuyên, … */
export const DEMO_BLOC_MEMBERS = [
  {
    key: 'vn2008:D024',
    representative: 'Nguyễn Thị Phương Lan',
    email: 'khoi-dong-luc.tp-ha-giang@tdkt.local',
  },
  { key: 'vn2008:D034', representative: 'Nguyễn Hồng Tuyên', email: 'khoi-dong-luc.bac-quang@tdkt.local' },
  {
    key: 'vn2008:D030',
    representative: 'Đại diện UBND huyện Vị Xuyên',
    email: 'khoi-dong-luc.vi-xuyen@tdkt.local',
  },
  {
    key: 'vn2008:D035',
    representative: 'Đại diện UBND huyện Quang Bình',
    email: 'khoi-dong-luc.quang-binh@tdkt.local',
  },
  {
    key: 'vn2008:D031',
    representative: 'Đại diện UBND huyện Bắc Mê',
    email: 'khoi-dong-luc.bac-me@tdkt.local',
  },
] as const;

export const DEMO_BLOC = {
  name: 'Khối các huyện, thành phố vùng động lực',
  organiserKey: 'vn2008:P02',
  note: 'Khối giao ước thi đua các huyện, thành phố vùng động lực tỉnh Hà Giang (bài viết ngày 09/12/2019).',
  year: 2019,
  reviewDate: '2019-12-04',
  reviewPlace: 'Phòng họp UBND thành phố Hà Giang',
} as const;

type Pair = readonly [plan: number, actual: number];
/** Plans and actuals in member order: TP Hà Giang, Bắc Quang, Vị Xuyên, Quang Bình, Bắc Mê. */
type Five = readonly [Pair, Pair, Pair, Pair, Pair];

export interface DemoItem {
  code: string;
  name: string;
  unit: string;
  maxPoints: number;
  method: 'proportional' | 'fixed' | 'bonus';
  direction?: 'lower_better';
  params?: { perPercent: number; cap: number };
  figures: Five;
}

export interface DemoGroup {
  code: string;
  name: string;
  items: DemoItem[];
}

const item = (
  code: string,
  name: string,
  unit: string,
  maxPoints: number,
  figures: Five,
  extra: Partial<DemoItem> = {},
): DemoItem => ({ code, name, unit, maxPoints, method: 'proportional', figures, ...extra });

export const DEMO_SCORING_GROUPS: DemoGroup[] = [
  {
    code: 'KT',
    name: 'Phát triển kinh tế, thu ngân sách',
    items: [
      // seed: 124 % / 103 % / 102 % (TP Hà Giang, Vị Xuyên, Bắc Mê); Bắc Quang 101 %, Quang Bình 100 % invented
      item('KT1', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 8, [
        [520, 644.8],
        [265, 267.65],
        [300, 309],
        [98, 98],
        [45, 45.9],
      ]),
      // seed: 105 % / 105 % (TP Hà Giang, Vị Xuyên); the other three invented
      item('KT2', 'Thu nhập bình quân đầu người', 'triệu đồng/người/năm', 5, [
        [58, 60.9],
        [33, 33.7],
        [31, 32.55],
        [27, 27.3],
        [21, 20.6],
      ]),
      // invented
      item('KT3', 'Tốc độ tăng trưởng giá trị sản xuất', '%', 4, [
        [9, 9.2],
        [8.5, 8.6],
        [8, 8.1],
        [8, 7.6],
        [7.5, 7.2],
      ]),
      // invented
      item('KT4', 'Tổng sản lượng lương thực có hạt', 'nghìn tấn', 3, [
        [4.2, 4.3],
        [46, 46.8],
        [42, 42.5],
        [38, 38.4],
        [16, 15.7],
      ]),
      // invented
      item('KT5', 'Tổng vốn đầu tư toàn xã hội', 'tỷ đồng', 4, [
        [1500, 1560],
        [1200, 1215],
        [1350, 1380],
        [600, 585],
        [400, 392],
      ]),
      // invented
      item('KT6', 'Diện tích trồng rừng mới', 'ha', 3, [
        [50, 52],
        [900, 940],
        [1100, 1125],
        [800, 810],
        [700, 705],
      ]),
      // invented (Bắc Mê self-reported 6, corrected to 5 at the cross-check — see the seeder)
      item('KT7', 'Số doanh nghiệp thành lập mới', 'doanh nghiệp', 3, [
        [60, 68],
        [25, 27],
        [20, 21],
        [10, 10],
        [6, 5],
      ]),
    ],
  },
  {
    code: 'XH',
    name: 'Văn hóa - xã hội, lao động, việc làm',
    items: [
      // seed: Quang Bình 125 %, TP Hà Giang 115 %, Vị Xuyên 113 %; Bắc Quang 105 %, Bắc Mê 102 % invented
      item('XH1', 'Số hộ thoát nghèo', 'hộ', 5, [
        [80, 92],
        [700, 735],
        [900, 1017],
        [400, 500],
        [650, 663],
      ]),
      // seed: 115,3 % / 114,4 % / 138,7 % / 153,3 %; Bắc Mê 105 % invented
      item('XH2', 'Giải quyết việc làm mới', 'lao động', 5, [
        [1300, 1499],
        [1400, 1602],
        [1100, 1526],
        [600, 920],
        [700, 735],
      ]),
      // seed: all met it, TP Hà Giang 0,16 ‰ above plan; the plans are invented
      item('XH3', 'Mức giảm tỷ suất sinh', '‰', 3, [
        [0.2, 0.36],
        [0.3, 0.3],
        [0.3, 0.32],
        [0.35, 0.35],
        [0.4, 0.4],
      ]),
      // invented
      item('XH4', 'Tỷ lệ lao động qua đào tạo', '%', 4, [
        [70, 71],
        [55, 55.5],
        [52, 52.4],
        [48, 48.2],
        [42, 41],
      ]),
      // invented
      item('XH5', 'Tỷ lệ trường đạt chuẩn quốc gia', '%', 3, [
        [80, 82],
        [55, 56],
        [50, 51],
        [45, 45],
        [38, 36],
      ]),
      // invented
      item('XH6', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', 3, [
        [95, 95.5],
        [96, 96.2],
        [97, 97.1],
        [98, 98],
        [98, 98.3],
      ]),
      // invented
      item('XH7', 'Tỷ lệ gia đình đạt danh hiệu "Gia đình văn hóa"', '%', 4, [
        [90, 91],
        [85, 86],
        [84, 85],
        [82, 82.5],
        [78, 78],
      ]),
      // invented
      item('XH8', 'Số xã đạt Bộ tiêu chí quốc gia về y tế', 'xã', 3, [
        [8, 8],
        [23, 23],
        [24, 24],
        [15, 15],
        [13, 12],
      ]),
    ],
  },
  {
    code: 'NTM',
    name: 'Xây dựng nông thôn mới',
    items: [
      // seed: Bắc Quang 49/35, Quang Bình 18/17; TP Hà Giang, Vị Xuyên, Bắc Mê invented
      item('NTM1', 'Số tiêu chí nông thôn mới tăng thêm', 'tiêu chí', 8, [
        [4, 4],
        [35, 49],
        [30, 31],
        [17, 18],
        [15, 15],
      ]),
      // seed: Vị Xuyên 2 (Tùng Bá, Thanh Đức), Bắc Quang 3 (Hùng An, Kim Ngọc, Tân Bắc) — all reached; others none registered
      item(
        'NTM2',
        'Hoàn thành số xã đạt chuẩn nông thôn mới đã đăng ký',
        'xã',
        6,
        [
          [0, 0],
          [3, 3],
          [2, 2],
          [0, 0],
          [0, 0],
        ],
        {
          method: 'fixed',
        },
      ),
      // invented
      item('NTM3', 'Số tiêu chí nông thôn mới bình quân/xã', 'tiêu chí', 4, [
        [17, 17.5],
        [13.5, 13.9],
        [13, 13.2],
        [11, 11.1],
        [9.5, 9.4],
      ]),
      // invented
      item('NTM4', 'Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh', '%', 4, [
        [98, 98.5],
        [90, 91],
        [89, 90],
        [87, 87.5],
        [85, 84],
      ]),
      // invented
      item('NTM5', 'Đường giao thông nông thôn được cứng hóa', 'km', 3, [
        [10, 11],
        [60, 63],
        [55, 58],
        [40, 41],
        [30, 28],
      ]),
    ],
  },
  {
    code: 'QP',
    name: 'Quốc phòng, an ninh, cải cách hành chính, thi đua khen thưởng',
    items: [
      // invented (all achieved; TP Hà Giang held its 2019 defence-zone exercise, per the seed)
      item(
        'QP1',
        'Hoàn thành chỉ tiêu giao quân, diễn tập khu vực phòng thủ',
        'chỉ tiêu',
        4,
        [
          [1, 1],
          [1, 1],
          [1, 1],
          [1, 1],
          [1, 1],
        ],
        {
          method: 'fixed',
        },
      ),
      // invented; the seed names road safety as hard to meet — three members above their ceiling
      item(
        'QP2',
        'Số vụ tai nạn giao thông',
        'vụ',
        3,
        [
          [20, 22],
          [18, 21],
          [15, 14],
          [8, 9],
          [5, 5],
        ],
        {
          direction: 'lower_better',
        },
      ),
      // invented
      item('QP3', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', '%', 4, [
        [98, 99],
        [97, 97.5],
        [97, 98],
        [96, 96],
        [95, 94.5],
      ]),
      // seed: TP Hà Giang, Vị Xuyên, Bắc Quang, Quang Bình launched thematic movements; Bắc Mê invented
      item(
        'QP4',
        'Phát động phong trào thi đua chuyên đề',
        'phong trào',
        4,
        [
          [1, 3],
          [1, 1],
          [1, 5],
          [1, 1],
          [1, 1],
        ],
        {
          method: 'fixed',
        },
      ),
    ],
  },
  {
    code: 'THUONG',
    name: 'Điểm thưởng',
    items: [
      // the budget-revenue figures again (seed ratios): 0,2 point per % above plan, at most 2 points
      item(
        'THUONG1',
        'Thu ngân sách vượt kế hoạch',
        'tỷ đồng',
        2,
        [
          [520, 644.8],
          [265, 267.65],
          [300, 309],
          [98, 98],
          [45, 45.9],
        ],
        {
          method: 'bonus',
          params: { perPercent: 0.2, cap: 2 },
        },
      ),
    ],
  },
];

/** The cross-check correction the head makes (a changed figure needs a reason). */
export const DEMO_CROSS_CHECK = {
  member: 4,
  itemCode: 'KT7',
  selfReported: 6,
  reason: 'Theo số liệu của Sở Kế hoạch và Đầu tư, năm 2019 huyện Bắc Mê có 5 doanh nghiệp thành lập mới.',
} as const;

/** Round 1 of the vote: the unit each representative chose (member index). 4/5 → TP Hà Giang. */
export const DEMO_VOTES = [0, 0, 0, 0, 2] as const;
