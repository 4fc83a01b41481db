/**
 * Folds German text so that the ways people type a word meet: case, ä/ae/a, ö/oe/o, ü/ue/u, ß/ss/s,
 * other diacritics (é → e), punctuation and doubled letters ("ausweiss" = "Ausweis", "strasse" = "Straße").
 * The kit's search folds the catalogue and the query with it; the API folds the synonym list with it to find
 * words listed twice. It only has to be consistent, not pretty.
 */
export function foldGerman(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // Typed without umlaut keys: "aenderung" and "anderung" both mean "Änderung" (already "anderung" here).
      .replace(/ae|oe|ue/g, (pair) => pair[0]!)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/(\p{L})\1+/gu, '$1')
      .trim()
  );
}
