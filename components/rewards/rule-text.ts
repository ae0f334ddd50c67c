import { formatEuros, formatNumber } from '@/modules/i18n/format';

// How the rules' money and shares read on the page, in every language (Finland's formats).

export const eurosOf = (cents: number) => formatEuros(cents / 100);

/** 10 %, 12,5 % (a no-break space before the sign, as Finns write it). */
export const percentOf = (basisPoints: number) => `${formatNumber(basisPoints / 100)}\u00a0%`;
