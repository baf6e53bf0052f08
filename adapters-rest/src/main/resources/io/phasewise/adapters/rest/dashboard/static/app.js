/**
 * The dashboard page: public market cards (every asset with its phase) before sign-in, the watchlist's
 * cards and its editing after; sign-up with a copy button for the token shown once; the phase legend and
 * first-run explanation; the asset detail; the portfolio view. `#token=pw_...&asset=AAPL` signs in and opens an asset,
 * `#view=portfolio&asOf=2012-09-11` the portfolio view valued on that day.
 */
import { api, q, session } from "./api.js";
import { initDetail, openDetail } from "./asset-view.js";
import { el } from "./dom.js";
import { asOf, day, num, pct, price } from "./format.js";
import { explanation, legend } from "./phases.js";
import { initPortfolio, showPortfolio } from "./portfolio.js";
import { initWatchlist, loadWatchlist } from "./watchlist.js";

const $ = (id) => document.getElementById(id);
const INTERVAL = "1d";
const state = { assets: [], cards: [], wanted: null, selected: null, view: null, asOf: null };

export function say(message, info) {
  $("banner").querySelector(".msg").textContent = message;
  $("banner").className = info ? "banner info" : "banner";
  $("banner").hidden = false;
}

/* ---------- cards: public (every asset) or the signed-in user's watchlist ---------- */
function loadCards() {
  const load = session.token ? watchlistCards() : publicCards();
  return load.then((cards) => {
    state.cards = cards;
    renderCards();
    const wanted = state.wanted && cards.find((c) => c.asset.symbol === state.wanted);
    state.wanted = null;
    if (wanted) select(wanted.asset);
  }).catch((e) => { if (e.status !== 401) say("Loading the assets: " + e.message); });
}

/** Every asset (up to 100), read once: the public cards and the assets offered for comparison. */
const assets = api("GET", "/api/assets?" + q({ limit: 100 })).then((r) => { state.assets = r.json.items; return state.assets; });

function publicCards() {
  return assets.then(() => {
    const ids = state.assets.map((a) => a.id).join(",");
    if (!ids) return [];
    return Promise.all([
      api("GET", "/api/phases?" + q({ assets: ids, interval: INTERVAL })).then((p) => p.json.phases, () => []),
      api("GET", "/api/snapshots/latest?" + q({ assets: ids, interval: INTERVAL })).then((s) => s.json.snapshots, () => [])
    ]).then(([phases, snapshots]) => state.assets.map((a) => ({
      asset: a,
      phase: phases.find((p) => p && p.asset === a.id) || null,
      snapshot: latest(snapshots.find((s) => s && s.asset === a.id))
    })));
  });
}

function latest(s) {
  return s ? { price: s.market.price, changePct: s.market.changePct, rsi14: s.indicators.rsi14, asOf: s.asOf } : null;
}

function watchlistCards() {
  return api("GET", "/api/me/dashboard?" + q({ interval: INTERVAL })).then((r) => r.json.cards);
}

function renderCards() {
  $("cards-title").textContent = session.token ? "Your watchlist" : "Markets (public, read-only)";
  const root = $("cards");
  root.replaceChildren();
  if (!state.cards.length) {
    root.appendChild(el("div", "empty", session.token ? "Your watchlist is empty: search for assets and add them."
      : "No assets yet: import some (see the README)."));
  }
  state.cards.forEach((card) => root.appendChild(cardNode(card)));
}

function cardNode(card) {
  const phase = card.phase, snap = card.snapshot, code = phase ? phase.phase : "none";
  const node = el("div", "card " + code);
  node.tabIndex = 0;
  node.setAttribute("role", "button");
  node.setAttribute("data-symbol", card.asset.symbol);
  node.setAttribute("aria-label", card.asset.symbol + (phase ? ", phase " + phase.phase : ", phase not computed"));
  node.classList.toggle("selected", state.selected === card.asset.id);
  const top = el("div", "top");
  top.append(el("span", "sym", card.asset.symbol), el("span", "badge " + code, phase ? phase.phase : "not computed"));
  const priceRow = el("div", "price");
  const change = snap ? snap.changePct : null;
  priceRow.append(el("span", "value", snap ? price(snap.price) : "\u2013"),
    el("span", change > 0 ? "up" : change < 0 ? "down" : "flat", pct(change)));
  const meta = el("div", "meta");
  meta.append(el("span", null, "confidence " + (phase ? Math.round(phase.confidence * 100) + "%" : "\u2013")),
    el("span", null, "RSI " + (snap ? num(snap.rsi14, 1) : "\u2013")));
  if (phase) meta.append(el("span", null, "since " + day(phase.since)));
  node.append(top, el("div", "name", (card.asset.name || card.asset.symbol) + " \u00b7 " + card.asset.type), priceRow, meta,
    el("div", "asof", snap ? asOf(snap.asOf) : phase ? asOf(phase.asOf) : "no bars analysed yet"));
  node.addEventListener("click", () => select(card.asset));
  node.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(card.asset); } });
  return node;
}

function select(asset) {
  state.selected = asset.id;
  document.querySelectorAll(".card").forEach((n) => n.classList.toggle("selected", n.getAttribute("data-symbol") === asset.symbol));
  history.replaceState(null, "", location.pathname + location.search + "#asset=" + encodeURIComponent(asset.symbol));
  openDetail(asset, INTERVAL);
}

/* ---------- views: the cards and the watchlist, or the portfolio ---------- */
function showView(name) {
  const portfolio = name === "portfolio";
  state.view = name;
  $("app").hidden = portfolio;
  $("portfolio").hidden = !portfolio;
  $("views").querySelectorAll("button").forEach((b) => b.classList.toggle("on", b.getAttribute("data-view") === name));
  if (portfolio) showPortfolio();
}

function wireViews() {
  $("views").addEventListener("click", (e) => {
    const name = e.target.getAttribute("data-view");
    if (!name) return;
    history.replaceState(null, "", location.pathname + location.search + (name === "portfolio" ? "#view=portfolio" : ""));
    showView(name);
  });
}

/* ---------- signing in and out ---------- */
function signedIn() {
  $("auth").hidden = true;
  $("views").hidden = false;
  showView(state.view || "markets");
  $("account").hidden = false;
  $("app").classList.add("signed-in");
  $("signin-open").hidden = true;
  $("signout").hidden = false;
  api("GET", "/api/me").then((r) => { $("who").textContent = r.json.email; }).catch(() => {});
  loadWatchlist();
  loadCards();
}

/** Signed out by the user, or by a refused token (`message`): then, or when the portfolio was asked for, the token form opens. */
function signedOut(message) {
  const wantedPortfolio = state.view === "portfolio";
  session.save(null);
  $("views").hidden = true;
  showView("markets");
  state.view = wantedPortfolio ? "portfolio" : "markets"; // where signing in again leads
  if (message || wantedPortfolio) $("auth").hidden = false;
  if (wantedPortfolio && !message) say("Sign in with your API token to see your portfolios.", true);
  $("who").textContent = "";
  $("signout").hidden = true;
  $("signin-open").hidden = false;
  $("account").hidden = true;
  $("app").classList.remove("signed-in");
  if (message) say(message);
  loadCards();
}

function useToken(token) {
  session.save(token);
  $("banner").hidden = true;
  signedIn();
}

/** Copies the token with the Clipboard API, or by selecting the field and execCommand where that API is missing. */
function copyToken() {
  const field = $("signup-token");
  const done = () => { $("signup-copy").textContent = "Copied"; };
  const fallback = () => {
    field.select();
    if (document.execCommand("copy")) done(); else say("Copy it by hand: the field is selected.", true);
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(field.value).then(done, fallback);
  else fallback();
}

function wireAuth() {
  $("signin-open").addEventListener("click", () => { $("auth").hidden = !$("auth").hidden; });
  $("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const token = $("token-input").value.trim();
    $("token-input").value = "";
    if (token) useToken(token);
  });
  $("signup-form").addEventListener("submit", (e) => {
    e.preventDefault();
    api("POST", "/api/users", { email: $("signup-email").value.trim() }).then((r) => {
      $("signup-token").value = r.json.token.secret;
      $("signup-copy").textContent = "Copy";
      $("signup-secret").hidden = false;
      $("signup-token").select();
    }).catch((err) => say("Sign-up failed: " + err.message));
  });
  $("signup-copy").addEventListener("click", copyToken);
  $("signup-continue").addEventListener("click", () => {
    const token = $("signup-token").value;
    $("signup-token").value = "";
    $("signup-secret").hidden = true;
    if (token) useToken(token);
  });
  $("signout").addEventListener("click", () => signedOut(null));
  $("banner-close").addEventListener("click", () => { $("banner").hidden = true; });
  session.onRefused = signedOut;
}

/**
 * #token=... stores a token and leaves the address bar; #asset=SYMBOL opens that asset once the cards are in;
 * #intro=seen skips the first-run explanation (links, screenshots). Returns whether to skip it.
 */
function readFragment() {
  const params = new URLSearchParams((location.hash || "").replace(/^#/, ""));
  if (params.get("token")) session.save(params.get("token"));
  state.wanted = params.get("asset");
  state.view = params.get("view");
  state.asOf = params.get("asOf");
  history.replaceState(null, "", location.pathname + location.search + (state.wanted ? "#asset=" + encodeURIComponent(state.wanted)
    : state.view === "portfolio" ? "#view=portfolio" : ""));
  return params.get("intro") === "seen";
}

const skipIntro = readFragment();
legend($("legend"));
explanation($("explain"), $("help-link"), skipIntro);
initDetail(() => state.assets);
initWatchlist({ changed: loadCards, say });
initPortfolio({ assets: () => assets.catch(() => []), say, asOf: state.asOf });
document.addEventListener("detail-closed", () => {
  state.selected = null;
  document.querySelectorAll(".card.selected").forEach((n) => n.classList.remove("selected"));
  history.replaceState(null, "", location.pathname + location.search);
});
wireAuth();
wireViews();
if (session.token) signedIn(); else signedOut(null);
