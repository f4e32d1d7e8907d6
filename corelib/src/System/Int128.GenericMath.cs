// Int128's and UInt128's generic-math interfaces (INumber<T>, ISignedNumber/IUnsignedNumber,
// IMinMaxValue): the members their public operators and methods do not already provide, and
// explicit bodies for the static virtual ones (as GenericMath.Impl.cs does for the primitives).
using System.Numerics;

namespace System
{
    public readonly partial struct Int128
    {
        static Int128 IAdditiveIdentity<Int128, Int128>.AdditiveIdentity => Zero;
        static Int128 IMultiplicativeIdentity<Int128, Int128>.MultiplicativeIdentity => One;
        static int INumberBase<Int128>.Radix => 2;
        static bool INumberBase<Int128>.IsZero(Int128 value) => value == Zero;
        static bool INumberBase<Int128>.IsInteger(Int128 value) => true;
        static bool INumberBase<Int128>.IsNaN(Int128 value) => false;
        static bool INumberBase<Int128>.IsFinite(Int128 value) => true;
        static bool INumberBase<Int128>.IsInfinity(Int128 value) => false;
        static bool INumberBase<Int128>.IsNegativeInfinity(Int128 value) => false;
        static bool INumberBase<Int128>.IsPositiveInfinity(Int128 value) => false;
        static bool INumberBase<Int128>.IsCanonical(Int128 value) => true;
        static bool INumberBase<Int128>.IsComplexNumber(Int128 value) => false;
        static bool INumberBase<Int128>.IsImaginaryNumber(Int128 value) => false;
        static bool INumberBase<Int128>.IsRealNumber(Int128 value) => true;
        static bool INumberBase<Int128>.IsNormal(Int128 value) => value != Zero;
        static bool INumberBase<Int128>.IsSubnormal(Int128 value) => false;
        static Int128 INumberBase<Int128>.MaxMagnitude(Int128 x, Int128 y) { Int128 ax = x < Zero ? -x : x, ay = y < Zero ? -y : y; return ax > ay ? x : ax < ay ? y : Max(x, y); }
        static Int128 INumberBase<Int128>.MinMagnitude(Int128 x, Int128 y) { Int128 ax = x < Zero ? -x : x, ay = y < Zero ? -y : y; return ax < ay ? x : ax > ay ? y : Min(x, y); }
        static Int128 INumberBase<Int128>.MaxMagnitudeNumber(Int128 x, Int128 y) { Int128 ax = x < Zero ? -x : x, ay = y < Zero ? -y : y; return ax > ay ? x : ax < ay ? y : Max(x, y); }
        static Int128 INumberBase<Int128>.MinMagnitudeNumber(Int128 x, Int128 y) { Int128 ax = x < Zero ? -x : x, ay = y < Zero ? -y : y; return ax < ay ? x : ax > ay ? y : Min(x, y); }
        static Int128 INumberBase<Int128>.MultiplyAddEstimate(Int128 left, Int128 right, Int128 addend) => left * right + addend;
        static Int128 INumberBase<Int128>.Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(new string(s), style, provider);
        static bool INumberBase<Int128>.TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out Int128 result) => TryParseStyle(s, style, out result);
        static bool INumberBase<Int128>.TryParse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider, out Int128 result) => TryParseStyle(new string(s), style, out result);
        static Int128 INumber<Int128>.MaxNumber(Int128 x, Int128 y) => Max(x, y);
        static Int128 INumber<Int128>.MinNumber(Int128 x, Int128 y) => Min(x, y);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out Int128 result) => TryParse(new string(s), out result);
        private static bool TryParseStyle(string s, System.Globalization.NumberStyles style, out Int128 result)
        {
            result = default;
            if (s == null) return false;
            try { result = Parse(s, style, null); return true; }
            catch (FormatException) { return false; }
            catch (OverflowException) { return false; }
        }
    }

    public readonly partial struct UInt128
    {
        static UInt128 IAdditiveIdentity<UInt128, UInt128>.AdditiveIdentity => Zero;
        static UInt128 IMultiplicativeIdentity<UInt128, UInt128>.MultiplicativeIdentity => One;
        static int INumberBase<UInt128>.Radix => 2;
        static UInt128 INumberBase<UInt128>.Abs(UInt128 value) => value;
        static bool INumberBase<UInt128>.IsNegative(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsPositive(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsZero(UInt128 value) => value == Zero;
        static bool INumberBase<UInt128>.IsInteger(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsNaN(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsFinite(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsInfinity(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsNegativeInfinity(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsPositiveInfinity(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsCanonical(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsComplexNumber(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsImaginaryNumber(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsRealNumber(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsNormal(UInt128 value) => value != Zero;
        static bool INumberBase<UInt128>.IsSubnormal(UInt128 value) => false;
        static UInt128 INumberBase<UInt128>.MaxMagnitude(UInt128 x, UInt128 y) => x >= y ? x : y;
        static UInt128 INumberBase<UInt128>.MinMagnitude(UInt128 x, UInt128 y) => x <= y ? x : y;
        static UInt128 INumberBase<UInt128>.MaxMagnitudeNumber(UInt128 x, UInt128 y) => x >= y ? x : y;
        static UInt128 INumberBase<UInt128>.MinMagnitudeNumber(UInt128 x, UInt128 y) => x <= y ? x : y;
        static UInt128 INumberBase<UInt128>.MultiplyAddEstimate(UInt128 left, UInt128 right, UInt128 addend) => left * right + addend;
        static UInt128 INumberBase<UInt128>.Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(new string(s), style, provider);
        static bool INumberBase<UInt128>.TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out UInt128 result) => TryParseStyle(s, style, out result);
        static bool INumberBase<UInt128>.TryParse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider, out UInt128 result) => TryParseStyle(new string(s), style, out result);
        static UInt128 INumber<UInt128>.MaxNumber(UInt128 x, UInt128 y) => x >= y ? x : y;
        static UInt128 INumber<UInt128>.MinNumber(UInt128 x, UInt128 y) => x <= y ? x : y;
        static UInt128 INumber<UInt128>.CopySign(UInt128 value, UInt128 sign) => value;
        static int INumber<UInt128>.Sign(UInt128 value) => value == Zero ? 0 : 1;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out UInt128 result) => TryParse(new string(s), out result);
        private static bool TryParseStyle(string s, System.Globalization.NumberStyles style, out UInt128 result)
        {
            result = default;
            if (s == null) return false;
            try { result = Parse(s, style, null); return true; }
            catch (FormatException) { return false; }
            catch (OverflowException) { return false; }
        }
    }
}
