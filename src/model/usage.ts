/**
 * Token usage and an estimate of its cost. Prices are per 1,000 tokens in US
 * dollars, from the providers' public price lists (2025); they change, so
 * --price-per-1k overrides them ("0.002" for input and output alike, or
 * "0.0025,0.01" for input,output). A server on this machine costs nothing.
 */
import type { TokenUsage } from './types.js';

export interface Price {
  input: number;
  output: number;
}

/** Longest prefix wins: "gpt-4o-mini-2024-07-18" is priced as gpt-4o-mini. */
const PRICES: ReadonlyArray<[string, Price]> = [
  ['gpt-4o-mini', { input: 0.00015, output: 0.0006 }],
  ['gpt-4o', { input: 0.0025, output: 0.01 }],
  ['gpt-4.1-nano', { input: 0.0001, output: 0.0004 }],
  ['gpt-4.1-mini', { input: 0.0004, output: 0.0016 }],
  ['gpt-4.1', { input: 0.002, output: 0.008 }],
  ['gpt-4-turbo', { input: 0.01, output: 0.03 }],
  ['gpt-4', { input: 0.03, output: 0.06 }],
  ['gpt-3.5-turbo', { input: 0.0005, output: 0.0015 }],
  ['o4-mini', { input: 0.0011, output: 0.0044 }],
  ['o3-mini', { input: 0.0011, output: 0.0044 }],
];

export function parsePricePer1k(value: string): Price | null {
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length < 1 || parts.length > 2 || !parts.every((p) => /^\d+(\.\d+)?$/.test(p))) return null;
  const [input, output] = parts.map(Number) as [number, number?];
  return { input, output: output ?? input };
}

function isLocal(baseURL: string): boolean {
  try {
    const host = new URL(baseURL).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]';
  } catch {
    return false;
  }
}

/** The price that applies: the override, else free for a local server, else the table; null when unknown. */
export function priceFor(model: string, baseURL: string, override: Price | null): Price | null {
  if (override) return override;
  if (isLocal(baseURL)) return { input: 0, output: 0 };
  const name = model.toLowerCase();
  let best: [string, Price] | undefined;
  for (const entry of PRICES) if (name.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best ? best[1] : null;
}

export class UsageMeter {
  private usage: Omit<TokenUsage, 'estimatedCostUsd'> = { requests: 0, cachedResponses: 0, promptTokens: 0, completionTokens: 0 };

  recordRequest(promptTokens: number, completionTokens: number): void {
    this.usage.requests++;
    this.usage.promptTokens += promptTokens;
    this.usage.completionTokens += completionTokens;
  }

  recordCacheHit(): void {
    this.usage.cachedResponses++;
  }

  total(price: Price | null): TokenUsage {
    const u = this.usage;
    const cost = price ? (u.promptTokens / 1000) * price.input + (u.completionTokens / 1000) * price.output : null;
    return { ...u, estimatedCostUsd: cost === null ? null : Math.round(cost * 1e6) / 1e6 };
  }
}

export function usageSentence(u: TokenUsage): string {
  const cost =
    u.estimatedCostUsd === null ? 'cost unknown (set --price-per-1k)' : u.estimatedCostUsd === 0 ? 'no charge' : `about $${u.estimatedCostUsd.toFixed(4)}`;
  const cached = u.cachedResponses ? `, ${u.cachedResponses} answered from the cache` : '';
  return `${u.requests} ${u.requests === 1 ? 'request' : 'requests'}${cached}; ${u.promptTokens} prompt + ${u.completionTokens} completion tokens; ${cost}`;
}
