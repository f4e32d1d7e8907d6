// BigInteger's generic-math interfaces (INumber<BigInteger>, ISignedNumber<BigInteger>): the
// members its public operators and methods do not already provide.
namespace System.Numerics
{
    public readonly partial struct BigInteger
    {
        static BigInteger IAdditiveIdentity<BigInteger, BigInteger>.AdditiveIdentity => Zero;
        static BigInteger IMultiplicativeIdentity<BigInteger, BigInteger>.MultiplicativeIdentity => One;
        static int INumberBase<BigInteger>.Radix => 2;
        static BigInteger ISignedNumber<BigInteger>.NegativeOne => MinusOne;
        static bool INumberBase<BigInteger>.IsNegative(BigInteger value) => value._sign < 0;
        static bool INumberBase<BigInteger>.IsPositive(BigInteger value) => value._sign >= 0;
        static bool INumberBase<BigInteger>.IsZero(BigInteger value) => value._sign == 0;
        static bool INumberBase<BigInteger>.IsInteger(BigInteger value) => true;
        static bool INumberBase<BigInteger>.IsNaN(BigInteger value) => false;
        static bool INumberBase<BigInteger>.IsFinite(BigInteger value) => true;
        static bool INumberBase<BigInteger>.IsInfinity(BigInteger value) => false;
        static bool INumberBase<BigInteger>.IsNegativeInfinity(BigInteger value) => false;
        static bool INumberBase<BigInteger>.IsPositiveInfinity(BigInteger value) => false;
        static bool INumberBase<BigInteger>.IsEvenInteger(BigInteger value) => value.IsEven;
        static bool INumberBase<BigInteger>.IsOddInteger(BigInteger value) => !value.IsEven;
        static BigInteger INumberBase<BigInteger>.Abs(BigInteger value) => Abs(value);
        static int INumber<BigInteger>.Sign(BigInteger value) => value._sign < 0 ? -1 : value._sign > 0 ? 1 : 0;
        static BigInteger INumber<BigInteger>.CopySign(BigInteger value, BigInteger sign) => CopySign(value, sign);
        // Explicit bodies for the static virtual members too (as GenericMath.Impl.cs does for the primitives).
        static BigInteger INumber<BigInteger>.Max(BigInteger x, BigInteger y) => Max(x, y);
        static BigInteger INumber<BigInteger>.Min(BigInteger x, BigInteger y) => Min(x, y);
        static BigInteger INumber<BigInteger>.MaxNumber(BigInteger x, BigInteger y) => Max(x, y);
        static BigInteger INumber<BigInteger>.MinNumber(BigInteger x, BigInteger y) => Min(x, y);
        static BigInteger INumber<BigInteger>.Clamp(BigInteger value, BigInteger min, BigInteger max) => Clamp(value, min, max);
        static bool INumberBase<BigInteger>.IsCanonical(BigInteger value) => true;
        static bool INumberBase<BigInteger>.IsComplexNumber(BigInteger value) => false;
        static bool INumberBase<BigInteger>.IsImaginaryNumber(BigInteger value) => false;
        static bool INumberBase<BigInteger>.IsRealNumber(BigInteger value) => true;
        static bool INumberBase<BigInteger>.IsNormal(BigInteger value) => value._sign != 0;
        static bool INumberBase<BigInteger>.IsSubnormal(BigInteger value) => false;
        static BigInteger INumberBase<BigInteger>.MaxMagnitude(BigInteger x, BigInteger y) => MaxMagnitude(x, y);
        static BigInteger INumberBase<BigInteger>.MinMagnitude(BigInteger x, BigInteger y) => MinMagnitude(x, y);
        static BigInteger INumberBase<BigInteger>.MaxMagnitudeNumber(BigInteger x, BigInteger y) => MaxMagnitude(x, y);
        static BigInteger INumberBase<BigInteger>.MinMagnitudeNumber(BigInteger x, BigInteger y) => MinMagnitude(x, y);
        static BigInteger INumberBase<BigInteger>.MultiplyAddEstimate(BigInteger left, BigInteger right, BigInteger addend) => left * right + addend;
        static BigInteger INumberBase<BigInteger>.Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static BigInteger INumberBase<BigInteger>.Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(new string(s), style, provider);
        static bool INumberBase<BigInteger>.TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out BigInteger result) => TryParse(s, style, provider, out result);
        static bool INumberBase<BigInteger>.TryParse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider, out BigInteger result) => TryParse(new string(s), style, provider, out result);
        public static bool IsEvenInteger(BigInteger value) => value.IsEven;
        public static bool IsOddInteger(BigInteger value) => !value.IsEven;
        public static bool IsNegative(BigInteger value) => value._sign < 0;
        public static bool IsPositive(BigInteger value) => value._sign >= 0;
        public static bool IsPow2(BigInteger value) => value.IsPowerOfTwo;
        public static BigInteger CopySign(BigInteger value, BigInteger sign) => (value._sign < 0) == (sign._sign < 0) ? value : -value;
        public static BigInteger MaxMagnitude(BigInteger x, BigInteger y) { int c = Abs(x).CompareTo(Abs(y)); return c > 0 ? x : c < 0 ? y : x >= y ? x : y; }
        public static BigInteger MinMagnitude(BigInteger x, BigInteger y) { int c = Abs(x).CompareTo(Abs(y)); return c < 0 ? x : c > 0 ? y : x <= y ? x : y; }
        public static BigInteger Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s), System.Globalization.NumberStyles.Integer, provider);
        public static bool TryParse(string s, IFormatProvider provider, out BigInteger result) => TryParse(s, System.Globalization.NumberStyles.Integer, provider, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out BigInteger result) => TryParse(new string(s), System.Globalization.NumberStyles.Integer, provider, out result);
    }
}
