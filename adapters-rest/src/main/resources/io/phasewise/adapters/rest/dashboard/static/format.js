/** Number and date formatting of the dashboard: every price magnitude, percentages, UTC dates. */
const DASH = "\u2013";

export function num(v, digits) {
  if (v === null || v === undefined || !isFinite(v)) return DASH;
  return Number(v).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A price with the decimals its magnitude needs: 104,250.00, 23.92, 0.0456, 0.000123. */
export function price(v) {
  if (v === null || v === undefined || !isFinite(v)) return DASH;
  const a = Math.abs(v);
  if (a >= 1 || a === 0) return num(v, 2);
  return Number(v).toPrecision(3);
}

export function pct(v) {
  return v === null || v === undefined || !isFinite(v) ? DASH : (v > 0 ? "+" : "") + num(v, 2) + "%";
}

/** 1.23B, 45.6M, 7.8k, 950. */
export function compact(v) {
  if (v === null || v === undefined || !isFinite(v)) return DASH;
  const a = Math.abs(v);
  if (a >= 1e9) return num(v / 1e9, 2) + "B";
  if (a >= 1e6) return num(v / 1e6, 2) + "M";
  if (a >= 1e4) return num(v / 1e3, a >= 1e5 ? 0 : 1) + "k";
  return num(v, a >= 100 ? 0 : 2);
}

/** "2012-09-12" for midnight UTC, else "2012-09-12 14:30" (UTC). */
export function dateTime(ms) {
  if (ms === null || ms === undefined || !isFinite(ms)) return DASH;
  const iso = new Date(ms).toISOString();
  return iso.slice(11, 16) === "00:00" ? iso.slice(0, 10) : iso.slice(0, 10) + " " + iso.slice(11, 16);
}

/** The date of an ISO time. */
export function day(iso) {
  return iso ? String(iso).slice(0, 10) : DASH;
}

/** "data as of 2012-09-13", with "(N days old)" when the data is more than two days behind this browser's clock. */
export function asOf(iso) {
  if (!iso) return "no data yet";
  const ms = Date.parse(iso);
  const days = Math.floor((Date.now() - ms) / 86400000);
  return "data as of " + dateTime(ms) + (days > 2 ? " (" + days.toLocaleString("en-US") + " days old)" : "");
}
