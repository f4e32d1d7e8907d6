using System.Runtime.CompilerServices;

namespace System.Numerics
{
    /// <summary>
    /// Arbitrary-precision integers: a sign (-1, 0, 1) and a little-endian magnitude in 32-bit
    /// limbs (null for zero). The arithmetic is done by the runtime with JS BigInt
    /// (lib/runtime/natives/bigint.ts).
    /// </summary>
    public readonly partial struct BigInteger : IComparable, IComparable<BigInteger>, IEquatable<BigInteger>, IFormattable, INumber<BigInteger>, ISignedNumber<BigInteger>
    {
        private readonly int _sign;
        private readonly uint[] _bits;

        // op: 0 add, 1 sub, 2 mul, 3 div, 4 rem, 5 and, 6 or, 7 xor, 8 shl (b small), 9 shr, 10 pow, 11 gcd
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void Op(int op, ref BigInteger a, ref BigInteger b, ref BigInteger result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void ModPowCore(ref BigInteger v, ref BigInteger e, ref BigInteger m, ref BigInteger result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void FromDoubleCore(double value, ref BigInteger result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double ToDoubleCore(ref BigInteger a);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string FormatCore(ref BigInteger a, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool ParseCore(string s, int styles, bool throwOnError, ref BigInteger result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void FromBytesCore(byte[] bytes, bool isUnsigned, bool isBigEndian, ref BigInteger result);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern byte[] ToBytesCore(ref BigInteger a, bool isUnsigned, bool isBigEndian);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long BitLengthCore(ref BigInteger a);

        private BigInteger(int sign, uint[] bits) { _sign = sign; _bits = bits; }

        public BigInteger(int value) { this = FromUInt64(value < 0 ? -1 : value > 0 ? 1 : 0, (ulong)Math.Abs((long)value)); }
        public BigInteger(uint value) { this = FromUInt64(value == 0 ? 0 : 1, value); }
        public BigInteger(long value) { this = FromUInt64(value < 0 ? -1 : value > 0 ? 1 : 0, value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value); }
        public BigInteger(ulong value) { this = FromUInt64(value == 0 ? 0 : 1, value); }
        public BigInteger(double value)
        {
            if (!double.IsFinite(value)) throw new OverflowException(double.IsNaN(value) ? "The value is not a number." : "BigInteger cannot represent infinity.");
            this = default;
            FromDoubleCore(value, ref this);
        }
        public BigInteger(float value) : this((double)value) { }
        public BigInteger(decimal value)
        {
            value = decimal.Truncate(value);
            int[] b = decimal.GetBits(value);
            uint[] mag = new uint[] { (uint)b[0], (uint)b[1], (uint)b[2] };
            int n = 3;
            while (n > 0 && mag[n - 1] == 0) n--;
            if (n == 0) { this = default; return; }
            uint[] bits = new uint[n];
            for (int i = 0; i < n; i++) bits[i] = mag[i];
            this = new BigInteger(value < 0 ? -1 : 1, bits);
        }
        public BigInteger(byte[] value) : this(new ReadOnlySpan<byte>(value ?? throw new ArgumentNullException(nameof(value)))) { }
        public BigInteger(ReadOnlySpan<byte> value, bool isUnsigned = false, bool isBigEndian = false)
        {
            this = default;
            FromBytesCore(value.ToArray(), isUnsigned, isBigEndian, ref this);
        }

        private static BigInteger FromUInt64(int sign, ulong magnitude)
        {
            if (sign == 0) return default;
            uint hi = (uint)(magnitude >> 32);
            return new BigInteger(sign, hi != 0 ? new uint[] { (uint)magnitude, hi } : new uint[] { (uint)magnitude });
        }

        public static BigInteger Zero => default;
        public static BigInteger One => new BigInteger(1);
        public static BigInteger MinusOne => new BigInteger(-1);

        public int Sign => _sign;
        public bool IsZero => _sign == 0;
        public bool IsOne => _sign == 1 && _bits.Length == 1 && _bits[0] == 1;
        public bool IsEven => _sign == 0 || (_bits[0] & 1) == 0;
        public bool IsPowerOfTwo
        {
            get
            {
                if (_sign != 1) return false;
                int pop = 0;
                foreach (uint b in _bits) pop += BitOperations.PopCount(b);
                return pop == 1;
            }
        }

        private static BigInteger Bin(int op, BigInteger a, BigInteger b) { BigInteger r = default; Op(op, ref a, ref b, ref r); return r; }

        public static BigInteger operator +(BigInteger a, BigInteger b) => Bin(0, a, b);
        public static BigInteger operator -(BigInteger a, BigInteger b) => Bin(1, a, b);
        public static BigInteger operator *(BigInteger a, BigInteger b) => Bin(2, a, b);
        public static BigInteger operator /(BigInteger a, BigInteger b) => Bin(3, a, b);
        public static BigInteger operator %(BigInteger a, BigInteger b) => Bin(4, a, b);
        public static BigInteger operator &(BigInteger a, BigInteger b) => Bin(5, a, b);
        public static BigInteger operator |(BigInteger a, BigInteger b) => Bin(6, a, b);
        public static BigInteger operator ^(BigInteger a, BigInteger b) => Bin(7, a, b);
        public static BigInteger operator <<(BigInteger a, int n) => Bin(8, a, new BigInteger(n));
        public static BigInteger operator >>(BigInteger a, int n) => Bin(9, a, new BigInteger(n));
        public static BigInteger operator >>>(BigInteger a, int n) => Bin(9, a, new BigInteger(n));
        public static BigInteger operator -(BigInteger a) => new BigInteger(-a._sign, a._bits);
        public static BigInteger operator +(BigInteger a) => a;
        public static BigInteger operator ~(BigInteger a) => -(a + One);
        public static BigInteger operator ++(BigInteger a) => a + One;
        public static BigInteger operator --(BigInteger a) => a - One;

        public static BigInteger Add(BigInteger left, BigInteger right) => left + right;
        public static BigInteger Subtract(BigInteger left, BigInteger right) => left - right;
        public static BigInteger Multiply(BigInteger left, BigInteger right) => left * right;
        public static BigInteger Divide(BigInteger dividend, BigInteger divisor) => dividend / divisor;
        public static BigInteger Remainder(BigInteger dividend, BigInteger divisor) => dividend % divisor;
        public static BigInteger Negate(BigInteger value) => -value;
        public static BigInteger DivRem(BigInteger dividend, BigInteger divisor, out BigInteger remainder)
        {
            BigInteger q = dividend / divisor;
            remainder = dividend - q * divisor;
            return q;
        }
        public static (BigInteger Quotient, BigInteger Remainder) DivRem(BigInteger left, BigInteger right)
        {
            BigInteger q = DivRem(left, right, out BigInteger r);
            return (q, r);
        }
        public static BigInteger Abs(BigInteger value) => value._sign < 0 ? -value : value;
        public static BigInteger Pow(BigInteger value, int exponent)
        {
            if (exponent < 0) throw new ArgumentOutOfRangeException(nameof(exponent), "The number must be greater than or equal to zero.");
            return Bin(10, value, new BigInteger(exponent));
        }
        public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
        {
            if (exponent._sign < 0) throw new ArgumentOutOfRangeException(nameof(exponent), "The number must be greater than or equal to zero.");
            BigInteger r = default;
            ModPowCore(ref value, ref exponent, ref modulus, ref r);
            return r;
        }
        public static BigInteger GreatestCommonDivisor(BigInteger left, BigInteger right) => Bin(11, left, right);
        public static BigInteger CreateChecked<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, BigInteger>(value, 0);
        public static BigInteger CreateSaturating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, BigInteger>(value, 1);
        public static BigInteger CreateTruncating<TOther>(TOther value) where TOther : System.Numerics.INumberBase<TOther> => System.Numerics.GenericMath.Convert<TOther, BigInteger>(value, 2);
        public static BigInteger Max(BigInteger left, BigInteger right) => left >= right ? left : right;
        public static BigInteger Min(BigInteger left, BigInteger right) => left <= right ? left : right;
        public static BigInteger Clamp(BigInteger value, BigInteger min, BigInteger max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static double Log(BigInteger value) => Log(value, Math.E);
        public static double Log(BigInteger value, double baseValue)
        {
            if (value._sign < 0 || baseValue == 1) return double.NaN;
            if (value._sign == 0) return double.NegativeInfinity;
            long bitLength = BitLengthCore(ref value);
            if (bitLength <= 1000) return Math.Log((double)value) / Math.Log(baseValue);
            BigInteger top = value >> (int)(bitLength - 64);
            return (Math.Log((double)top) + (bitLength - 64) * Math.Log(2)) / Math.Log(baseValue);
        }
        public static double Log10(BigInteger value) => Log(value, 10);
        public long GetBitLength() { BigInteger self = this; return BitLengthCore(ref self); }
        public int GetByteCount(bool isUnsigned = false) => ToByteArray(isUnsigned, false).Length;
        public byte[] ToByteArray() => ToByteArray(false, false);
        public byte[] ToByteArray(bool isUnsigned = false, bool isBigEndian = false)
        {
            BigInteger self = this;
            return ToBytesCore(ref self, isUnsigned, isBigEndian);
        }

        public static bool operator ==(BigInteger a, BigInteger b) => Compare(a, b) == 0;
        public static bool operator !=(BigInteger a, BigInteger b) => Compare(a, b) != 0;
        public static bool operator <(BigInteger a, BigInteger b) => Compare(a, b) < 0;
        public static bool operator <=(BigInteger a, BigInteger b) => Compare(a, b) <= 0;
        public static bool operator >(BigInteger a, BigInteger b) => Compare(a, b) > 0;
        public static bool operator >=(BigInteger a, BigInteger b) => Compare(a, b) >= 0;
        public static bool operator ==(BigInteger a, long b) => a == (BigInteger)b;
        public static bool operator !=(BigInteger a, long b) => a != (BigInteger)b;
        public static bool operator <(BigInteger a, long b) => a < (BigInteger)b;
        public static bool operator >(BigInteger a, long b) => a > (BigInteger)b;
        public static bool operator <=(BigInteger a, long b) => a <= (BigInteger)b;
        public static bool operator >=(BigInteger a, long b) => a >= (BigInteger)b;

        public static int Compare(BigInteger left, BigInteger right)
        {
            if (left._sign != right._sign) return left._sign < right._sign ? -1 : 1;
            if (left._sign == 0) return 0;
            int m = CompareMagnitude(left._bits, right._bits);
            return left._sign > 0 ? m : -m;
        }
        private static int CompareMagnitude(uint[] a, uint[] b)
        {
            if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
            for (int i = a.Length - 1; i >= 0; i--) if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return 0;
        }
        public int CompareTo(BigInteger other) => Compare(this, other);
        public int CompareTo(long other) => Compare(this, other);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is BigInteger b) return Compare(this, b);
            throw new ArgumentException("The parameter must be a BigInteger.", nameof(obj));
        }
        public bool Equals(BigInteger other) => Compare(this, other) == 0;
        public bool Equals(long other) => this == other;
        public override bool Equals(object obj) => obj is BigInteger b && Equals(b);
        public override int GetHashCode()
        {
            if (_sign == 0) return 0;
            int h = _sign;
            foreach (uint b in _bits) h = (h * 31) ^ (int)b;
            return h;
        }

        // ---- conversions ----
        public static implicit operator BigInteger(int value) => new BigInteger(value);
        public static implicit operator BigInteger(uint value) => new BigInteger(value);
        public static implicit operator BigInteger(long value) => new BigInteger(value);
        public static implicit operator BigInteger(ulong value) => new BigInteger(value);
        public static implicit operator BigInteger(short value) => new BigInteger(value);
        public static implicit operator BigInteger(ushort value) => new BigInteger(value);
        public static implicit operator BigInteger(sbyte value) => new BigInteger(value);
        public static implicit operator BigInteger(byte value) => new BigInteger(value);
        public static implicit operator BigInteger(char value) => new BigInteger(value);
        public static implicit operator BigInteger(Int128 value)
        {
            bool neg = value < 0;
            UInt128 m = neg ? (UInt128)(-value) : (UInt128)value;
            if (value == Int128.MinValue) m = (UInt128)Int128.MaxValue + 1;
            BigInteger r = (BigInteger)m;
            return neg ? -r : r;
        }
        public static implicit operator BigInteger(UInt128 value) =>
            ((BigInteger)(ulong)(value >> 64) << 64) + (BigInteger)(ulong)value;
        public static explicit operator BigInteger(double value) => new BigInteger(value);
        public static explicit operator BigInteger(float value) => new BigInteger(value);
        public static explicit operator BigInteger(decimal value) => new BigInteger(value);
        public static explicit operator BigInteger(Half value) => new BigInteger((double)value);

        private static OverflowException Overflow(string type) => new OverflowException("Value was either too large or too small for " + type + ".");
        private ulong Magnitude64(string type)
        {
            if (_sign == 0) return 0;
            if (_bits.Length > 2) throw Overflow(type);
            return _bits.Length == 2 ? ((ulong)_bits[1] << 32) | _bits[0] : _bits[0];
        }
        public static explicit operator long(BigInteger value)
        {
            ulong m = value.Magnitude64("an Int64");
            if (value._sign > 0 ? m > long.MaxValue : m > 9223372036854775808UL) throw Overflow("an Int64");
            return value._sign < 0 ? (long)(0 - m) : (long)m;
        }
        public static explicit operator ulong(BigInteger value)
        {
            if (value._sign < 0) throw Overflow("a UInt64");
            return value.Magnitude64("a UInt64");
        }
        public static explicit operator int(BigInteger value)
        {
            long v;
            try { v = (long)value; } catch (OverflowException) { throw Overflow("an Int32"); }
            if (v < int.MinValue || v > int.MaxValue) throw Overflow("an Int32");
            return (int)v;
        }
        public static explicit operator uint(BigInteger value)
        {
            if (value._sign < 0 || value > uint.MaxValue) throw Overflow("a UInt32");
            return (uint)(ulong)value;
        }
        public static explicit operator short(BigInteger value) { int v = (int)value; if (v < short.MinValue || v > short.MaxValue) throw Overflow("an Int16"); return (short)v; }
        public static explicit operator ushort(BigInteger value) { int v = (int)value; if (v < 0 || v > ushort.MaxValue) throw Overflow("a UInt16"); return (ushort)v; }
        public static explicit operator byte(BigInteger value) { int v = (int)value; if (v < 0 || v > 255) throw Overflow("a Byte"); return (byte)v; }
        public static explicit operator sbyte(BigInteger value) { int v = (int)value; if (v < -128 || v > 127) throw Overflow("an SByte"); return (sbyte)v; }
        public static explicit operator char(BigInteger value) { int v = (int)value; if (v < 0 || v > 0xFFFF) throw Overflow("a Char"); return (char)v; }
        public static explicit operator double(BigInteger value) { return ToDoubleCore(ref value); }
        public static explicit operator float(BigInteger value) => (float)(double)value;
        public static explicit operator Half(BigInteger value) => (Half)(double)value;
        public static explicit operator decimal(BigInteger value)
        {
            if (value._sign == 0) return 0m;
            if (value._bits.Length > 3) throw Overflow("a Decimal");
            uint lo = value._bits[0], mid = value._bits.Length > 1 ? value._bits[1] : 0, hi = value._bits.Length > 2 ? value._bits[2] : 0;
            return new decimal((int)lo, (int)mid, (int)hi, value._sign < 0, 0);
        }
        public static explicit operator Int128(BigInteger value)
        {
            if (value > (BigInteger)Int128.MaxValue || value < (BigInteger)Int128.MinValue) throw Overflow("an Int128");
            BigInteger m = Abs(value);
            ulong lo = (ulong)(m & ulong.MaxValue), hi = (ulong)(m >> 64);
            Int128 r = new Int128(hi, lo);
            return value._sign < 0 ? -r : r;
        }
        public static explicit operator UInt128(BigInteger value)
        {
            if (value._sign < 0 || value > (BigInteger)UInt128.MaxValue) throw Overflow("a UInt128");
            return new UInt128((ulong)(value >> 64), (ulong)(value & ulong.MaxValue));
        }

        // ---- text ----
        public override string ToString() { BigInteger self = this; return FormatCore(ref self, null); }
        public string ToString(string format) { BigInteger self = this; return FormatCore(ref self, format); }
        public string ToString(IFormatProvider provider) => ToString();
        public string ToString(string format, IFormatProvider provider) => ToString(format);
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.Length == 0 ? null : new string(format));
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            charsWritten = s.Length;
            return true;
        }
        public static BigInteger Parse(string value) => Parse(value, System.Globalization.NumberStyles.Integer, null);
        public static BigInteger Parse(string value, IFormatProvider provider) => Parse(value, System.Globalization.NumberStyles.Integer, provider);
        public static BigInteger Parse(string value, System.Globalization.NumberStyles style) => Parse(value, style, null);
        public static BigInteger Parse(string value, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            BigInteger r = default;
            ParseCore(value, (int)style, true, ref r);
            return r;
        }
        public static BigInteger Parse(ReadOnlySpan<char> value, System.Globalization.NumberStyles style = System.Globalization.NumberStyles.Integer, IFormatProvider provider = null) => Parse(new string(value), style, provider);
        public static bool TryParse(string value, out BigInteger result) => TryParse(value, System.Globalization.NumberStyles.Integer, null, out result);
        public static bool TryParse(string value, System.Globalization.NumberStyles style, IFormatProvider provider, out BigInteger result)
        {
            result = default;
            if (value == null) return false;
            return ParseCore(value, (int)style, false, ref result);
        }
        public static bool TryParse(ReadOnlySpan<char> value, out BigInteger result) => TryParse(new string(value), out result);
    }
}
