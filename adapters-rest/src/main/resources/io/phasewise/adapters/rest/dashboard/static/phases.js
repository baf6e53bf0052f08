/**
 * The phases in plain language, for someone holding the asset, as the default Tit-for-Tat classifier
 * decides them (TitForTatClassifier and TitForTatRules.DEFAULTS): the legend, the first-run explanation
 * (shown once, remembered in localStorage, reopened by the help link) and the phase colours.
 */
const SEEN_KEY = "phasewise.phasesExplained";

export const PHASE_COLORS = { COOP: "#2fb36b", DEFECT: "#e5534b", FORGIVE: "#e3a008" };

export const PHASES = [
  { phase: "COOP", title: "Cooperating",
    short: "the market has been rewarding holders",
    holder: "The price is above its 50-bar average, the 20-bar average is above the 50-bar one, and trend, "
      + "momentum, volume and sentiment lean positive overall. Every asset starts here unless it opens in a crash or a breakdown." },
  { phase: "DEFECT", title: "Defected",
    short: "the market has turned against holders",
    holder: "Either a crash (one bar falling at least 5% and more than 5 times its recent daily volatility; this "
      + "switches at once) or 5 bars in a row of broad weakness with the price below its 50-bar average." },
  { phase: "FORGIVE", title: "Forgiving",
    short: "recovering after a defection, not yet trusted",
    holder: "Only after DEFECT: for 5 bars in a row RSI was 55 or more, MACD above its signal and the price above its "
      + "20-bar average, while the longer trend is still being repaired. It becomes COOP after 10 cooperative bars, "
      + "or falls back to DEFECT on a crash or renewed weakness." }
];

export const FINE_PRINT = "The numbers are the default rules. A phase describes the bars up to its date; it is not a forecast or advice. A phase is held "
  + "for at least 10 bars unless a crash cuts it short. Confidence (0-100%) is how strongly the current readings "
  + "point the phase's way. The technical reasons behind each phase are one click away on an asset.";

/** The legend: a chip per phase with its one-line meaning. */
export function legend(node) {
  node.replaceChildren(...PHASES.map((p) => {
    const item = document.createElement("span");
    item.className = "legend-item";
    const chip = document.createElement("span");
    chip.className = "badge " + p.phase;
    chip.textContent = p.phase;
    item.append(chip, " " + p.short);
    return item;
  }));
}

/** Fills the explanation dialog; shows it on the first visit unless `skip`, and whenever `link` is clicked. */
export function explanation(dialog, link, skip) {
  const list = dialog.querySelector(".phase-list");
  list.replaceChildren(...PHASES.map((p) => {
    const item = document.createElement("li");
    const head = document.createElement("div");
    const chip = document.createElement("span");
    chip.className = "badge " + p.phase;
    chip.textContent = p.phase;
    const title = document.createElement("strong");
    title.textContent = " " + p.title + ": " + p.short;
    head.append(chip, title);
    const text = document.createElement("p");
    text.textContent = p.holder;
    item.append(head, text);
    return item;
  }));
  dialog.querySelector(".fine-print").textContent = FINE_PRINT;
  const close = () => { dialog.hidden = true; localStorage.setItem(SEEN_KEY, "yes"); };
  dialog.querySelector("button.close").addEventListener("click", close);
  dialog.addEventListener("keydown", (e) => { if (e.key === "Escape") close(); });
  link.addEventListener("click", (e) => { e.preventDefault(); open(dialog); });
  if (skip) localStorage.setItem(SEEN_KEY, "yes");
  if (!localStorage.getItem(SEEN_KEY)) open(dialog);
}

function open(dialog) {
  dialog.hidden = false;
  dialog.querySelector("button.close").focus();
}
