/**
 * A tile-grid map of the 38 provinces: [Kemendagri code, column, row], west to east and north to
 * south, so the map ships as a few CSS rules instead of map tiles or a network request. Columns
 * run 0–14, the 15 of the map's grid (src/pages/[...lang]/peta/index.astro).
 */
export const PETA_GRID: readonly (readonly [string, number, number])[] = [
  ['11', 0, 0], ['12', 1, 1], ['14', 2, 1], ['21', 3, 1], ['13', 1, 2], ['15', 2, 2], ['17', 1, 3], ['16', 2, 3], ['19', 3, 3], ['18', 2, 4],
  ['31', 4, 4], ['36', 3, 5], ['32', 4, 5], ['33', 5, 5], ['34', 5, 6], ['35', 6, 5],
  ['51', 7, 6], ['52', 8, 6], ['53', 9, 6],
  ['61', 5, 2], ['62', 6, 2], ['64', 7, 2], ['65', 7, 1], ['63', 7, 3],
  ['75', 9, 1], ['71', 10, 1], ['72', 9, 2], ['76', 8, 3], ['73', 9, 3], ['74', 10, 3],
  ['82', 11, 1], ['81', 11, 3],
  ['96', 12, 2], ['92', 13, 2], ['91', 14, 2], ['94', 13, 3], ['95', 14, 3], ['93', 14, 4],
];
