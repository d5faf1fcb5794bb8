using System.Globalization;

namespace OtSim.Model.Output;

/// <summary>
/// Formats a double exactly as <c>value.ToString("0.####", CultureInfo.InvariantCulture)</c> does, without the cost of
/// parsing a custom format string for every cell: .NET rounds the value to 15 significant digits, then rounds those
/// digits half up at the fourth decimal and drops trailing zeros. Whole numbers below 10^15 take a shorter path.
/// </summary>
internal static class FourDecimals
{
    private const int Decimals = 4;
    private const int SignificantDigits = 15;

    /// <summary>The longest text this writes: sign, 309 integer digits, point, 4 decimals.</summary>
    public const int MaxLength = 320;

    /// <summary>Writes the formatted value into <paramref name="destination"/> and returns the number of chars written.</summary>
    public static int Format(double value, Span<char> destination)
    {
        if (!double.IsFinite(value))
        {
            return Fallback(value, destination);
        }

        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            if (value == 0)
            {
                return Fallback(value, destination);
            }

            ((long)value).TryFormat(destination, out int written, default, CultureInfo.InvariantCulture);
            return written;
        }

        if (TryShort(value, destination, out int short4))
        {
            return short4;
        }

        if (TryExact(value, destination, out int exact))
        {
            return exact;
        }

        // "E14" gives the same 15 correctly rounded significant digits the custom format starts from: d.ddddddddddddddE+xxx
        Span<char> e = stackalloc char[32];
        value.TryFormat(e, out int length, "E14", CultureInfo.InvariantCulture);
        bool negative = e[0] == '-';
        var text = negative ? e[1..length] : e[..length];
        Span<byte> digits = stackalloc byte[SignificantDigits + 1];
        digits[0] = (byte)(text[0] - '0');
        for (int i = 0; i < SignificantDigits - 1; i++)
        {
            digits[i + 1] = (byte)(text[i + 2] - '0');
        }

        int exponent = int.Parse(text[(SignificantDigits + 2)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int scale = exponent + 1; // digits before the decimal point
        int keep = scale + Decimals; // significant digits that survive rounding at the fourth decimal
        int count = SignificantDigits;
        if (keep < SignificantDigits)
        {
            if (keep < 0)
            {
                count = 0;
            }
            else
            {
                bool up = digits[keep] >= 5;
                count = keep;
                if (up)
                {
                    int i = keep - 1;
                    while (i >= 0 && digits[i] == 9)
                    {
                        i--;
                    }

                    if (i < 0)
                    {
                        digits[0] = 1;
                        count = 1;
                        scale++;
                    }
                    else
                    {
                        digits[i]++;
                        count = i + 1;
                    }
                }
            }
        }

        while (count > 0 && digits[count - 1] == 0)
        {
            count--;
        }

        if (count == 0)
        {
            // Rounded to zero: let .NET decide the sign ("0" or "-0") exactly as before.
            return Fallback(value, destination);
        }

        int at = 0;
        if (negative)
        {
            destination[at++] = '-';
        }

        if (scale <= 0)
        {
            destination[at++] = '0';
        }
        else
        {
            for (int i = 0; i < scale; i++)
            {
                destination[at++] = i < count ? (char)('0' + digits[i]) : '0';
            }
        }

        if (count > scale)
        {
            destination[at++] = '.';
            for (int i = scale; i < 0; i++)
            {
                destination[at++] = '0';
            }

            for (int i = Math.Max(scale, 0); i < count; i++)
            {
                destination[at++] = (char)('0' + digits[i]);
            }
        }

        return at;
    }

    /// <summary>
    /// Values with at most four decimals (minutes, shares such as 0.5 or 0.9375): when the double nearest to k / 10^4
    /// is the value, its 15-digit form is k / 10^4 exactly, so the text is k with a decimal point.
    /// </summary>
    private static bool TryShort(double value, Span<char> destination, out int written)
    {
        written = 0;
        double scaled = Math.Round(value * 10_000);
        if (!(Math.Abs(scaled) < 1e15) || scaled == 0 || scaled / 10_000 != value)
        {
            return false;
        }

        long k = (long)scaled;
        ulong magnitude = (ulong)Math.Abs(k);
        written = Write(value < 0, magnitude / 10_000, (int)(magnitude % 10_000), destination);
        return true;
    }

    private static int Write(bool negative, ulong whole, int fraction, Span<char> destination)
    {
        int at = 0;
        if (negative)
        {
            destination[at++] = '-';
        }

        whole.TryFormat(destination[at..], out int wholeLength, default, CultureInfo.InvariantCulture);
        at += wholeLength;
        if (fraction != 0)
        {
            int places = Decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                places--;
            }

            destination[at++] = '.';
            for (int p = places - 1; p >= 0; p--)
            {
                destination[at + p] = (char)('0' + (fraction % 10));
                fraction /= 10;
            }

            at += places;
        }

        return at;
    }

    /// <summary>
    /// The common case, 10^-4 to 10^15, in integer arithmetic: the double is m * 2^e exactly, so m * 10^k fits in 128
    /// bits and the 15-digit rounding is exact. A tie at the 15th digit (where .NET's digit generator decides) is left
    /// to the general path.
    /// </summary>
    private static bool TryExact(double value, Span<char> destination, out int written)
    {
        written = 0;
        double magnitude = Math.Abs(value);
        if (magnitude < 1e-4 || magnitude >= 1e15)
        {
            return false;
        }

        long bits = BitConverter.DoubleToInt64Bits(magnitude);
        int biased = (int)(bits >> 52);
        if (biased == 0)
        {
            return false;
        }

        ulong mantissa = ((ulong)bits & 0xFFFFFFFFFFFFFUL) | (1UL << 52);
        int shift = 1075 - biased; // magnitude = mantissa / 2^shift
        if (shift <= 0 || shift > 100)
        {
            return false;
        }

        int d = (int)Math.Floor(Math.Log10(magnitude));
        ulong n = 0;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            int k = SignificantDigits - 1 - d;
            if (k < 0 || k > 19)
            {
                return false;
            }

            UInt128 product = (UInt128)mantissa * Pow10[k];
            UInt128 quotient = product >> shift;
            UInt128 remainder = product - (quotient << shift);
            UInt128 half = UInt128.One << (shift - 1);
            if (remainder == half)
            {
                return false;
            }

            n = (ulong)quotient + (remainder > half ? 1UL : 0UL);
            if (n >= Pow10[SignificantDigits])
            {
                if (n == Pow10[SignificantDigits] && (ulong)quotient < n)
                {
                    n = Pow10[SignificantDigits - 1];
                    d++;
                    break;
                }

                d++;
                continue;
            }

            if (n < Pow10[SignificantDigits - 1])
            {
                d--;
                continue;
            }

            break;
        }

        if (n < Pow10[SignificantDigits - 1] || n >= Pow10[SignificantDigits])
        {
            return false;
        }

        // n holds 15 significant digits of magnitude = n * 10^(d - 14); scaled = magnitude * 10^4 rounded half up on its first dropped digit.
        int drop = SignificantDigits - 1 - d - Decimals;
        ulong scaled4 = drop > 0
            ? (n / Pow10[drop]) + (n / Pow10[drop - 1] % 10 >= 5 ? 1UL : 0UL)
            : n * Pow10[-drop]; // n < 10^15 and -drop <= 4: below 2^64
        if (scaled4 == 0)
        {
            return false;
        }

        written = Write(value < 0, scaled4 / 10_000, (int)(scaled4 % 10_000), destination);
        return true;
    }

    private static readonly ulong[] Pow10 =
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    private static int Fallback(double value, Span<char> destination)
    {
        value.TryFormat(destination, out int written, Csv.NumberFormat, CultureInfo.InvariantCulture);
        return written;
    }
}
