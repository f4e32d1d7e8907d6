namespace System
{
    /// <summary>A 128-bit identifier, laid out as .NET's (int, short, short, 8 bytes).</summary>
    public readonly struct Guid : IFormattable, IComparable, IComparable<Guid>, IEquatable<Guid>
    {
        public static readonly Guid Empty;
        // Works around dotnode's static layout, which gives a struct's static of its own type only
        // 8 bytes (lib/types/layout.ts): Empty spills into this pad.
        private static readonly long _padEmpty;

        private readonly int _a;
        private readonly short _b;
        private readonly short _c;
        private readonly byte _d;
        private readonly byte _e;
        private readonly byte _f;
        private readonly byte _g;
        private readonly byte _h;
        private readonly byte _i;
        private readonly byte _j;
        private readonly byte _k;

        public Guid(byte[] b)
        {
            if (b == null) throw new ArgumentNullException(nameof(b));
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", nameof(b));
            _a = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
            _b = (short)(b[4] | (b[5] << 8));
            _c = (short)(b[6] | (b[7] << 8));
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }
        public Guid(ReadOnlySpan<byte> b) : this(b.Length == 16 ? b.ToArray() : throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", nameof(b))) { }
        public Guid(ReadOnlySpan<byte> b, bool bigEndian)
        {
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", nameof(b));
            if (bigEndian)
            {
                _a = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
                _b = (short)((b[4] << 8) | b[5]);
                _c = (short)((b[6] << 8) | b[7]);
            }
            else
            {
                _a = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
                _b = (short)(b[4] | (b[5] << 8));
                _c = (short)(b[6] | (b[7] << 8));
            }
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }
        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = (int)a; _b = (short)b; _c = (short)c;
            _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k;
        }
        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null) throw new ArgumentNullException(nameof(d));
            if (d.Length != 8) throw new ArgumentException("Byte array for Guid must be exactly 8 bytes long.", nameof(d));
            _a = a; _b = b; _c = c;
            _d = d[0]; _e = d[1]; _f = d[2]; _g = d[3]; _h = d[4]; _i = d[5]; _j = d[6]; _k = d[7];
        }
        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a; _b = b; _c = c;
            _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k;
        }
        public Guid(string g)
        {
            if (g == null) throw new ArgumentNullException(nameof(g));
            this = ParseOrThrow(g, '\0');
        }

        public static Guid AllBitsSet => new Guid(uint.MaxValue, ushort.MaxValue, ushort.MaxValue, 255, 255, 255, 255, 255, 255, 255, 255);
        public int Version => (ushort)_c >> 12;
        public int Variant => _d >> 4;

        public static Guid NewGuid()
        {
            byte[] b = new byte[16];
            Random.Shared.NextBytes(b);
            b[7] = (byte)((b[7] & 0x0F) | 0x40); // version 4
            b[8] = (byte)((b[8] & 0x3F) | 0x80); // RFC 4122 variant
            return new Guid(b);
        }

        // ---- parsing ----

        private static FormatException Unrecognized() => new FormatException("Unrecognized Guid format.");

        private static Guid ParseOrThrow(string s, char exact)
        {
            Guid g;
            if (!TryParseCore(s, exact, out g)) throw Unrecognized();
            return g;
        }

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException(nameof(input));
            return ParseOrThrow(input, '\0');
        }
        public static Guid Parse(ReadOnlySpan<char> input) => ParseOrThrow(new string(input), '\0');
        public static Guid Parse(string s, IFormatProvider provider) => Parse(s);
        public static Guid Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s);
        public static bool TryParse(string input, out Guid result)
        {
            if (input == null) { result = default; return false; }
            return TryParseCore(input, '\0', out result);
        }
        public static bool TryParse(ReadOnlySpan<char> input, out Guid result) => TryParseCore(new string(input), '\0', out result);
        public static bool TryParse(string s, IFormatProvider provider, out Guid result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out Guid result) => TryParse(s, out result);

        public static Guid ParseExact(string input, string format)
        {
            if (input == null) throw new ArgumentNullException(nameof(input));
            if (format == null) throw new ArgumentNullException(nameof(format));
            return ParseExact((ReadOnlySpan<char>)input, (ReadOnlySpan<char>)format);
        }
        public static Guid ParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format)
        {
            char f = format.Length == 1 ? (char)(format[0] | 0x20) : '\0';
            if (f != 'd' && f != 'n' && f != 'b' && f != 'p' && f != 'x') throw BadFormatSpecifier();
            return ParseOrThrow(new string(input), f);
        }
        public static bool TryParseExact(string input, string format, out Guid result)
        {
            if (input == null || format == null) { result = default; return false; }
            return TryParseExact((ReadOnlySpan<char>)input, (ReadOnlySpan<char>)format, out result);
        }
        public static bool TryParseExact(ReadOnlySpan<char> input, ReadOnlySpan<char> format, out Guid result)
        {
            char f = format.Length == 1 ? (char)(format[0] | 0x20) : '\0';
            if (f != 'd' && f != 'n' && f != 'b' && f != 'p' && f != 'x') { result = default; return false; }
            return TryParseCore(new string(input), f, out result);
        }

        private static bool TryParseCore(string s, char exact, out Guid result)
        {
            result = default;
            string t = s.Trim();
            if (t.Length == 0) return false;
            char kind = exact;
            if (kind == '\0')
            {
                bool dash = t.IndexOf('-') >= 0;
                kind = t[0] == '(' ? 'p' : t[0] == '{' ? (dash ? 'b' : 'x') : dash ? 'd' : 'n';
            }
            switch (kind)
            {
                case 'n': return t.Length == 32 && FromHex32(t, 0, false, out result);
                case 'd': return t.Length == 36 && FromHex32(t, 0, true, out result);
                case 'b': return t.Length == 38 && t[0] == '{' && t[37] == '}' && FromHex32(t, 1, true, out result);
                case 'p': return t.Length == 38 && t[0] == '(' && t[37] == ')' && FromHex32(t, 1, true, out result);
                case 'x': return TryParseX(t, out result);
            }
            return false;
        }

        private static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        /// <summary>32 hex digits from `start`, with dashes after digit groups 8-4-4-4 when `dashes`.</summary>
        private static bool FromHex32(string s, int start, bool dashes, out Guid result)
        {
            result = default;
            byte[] b = new byte[16];
            int p = start;
            for (int n = 0; n < 16; n++)
            {
                if (dashes && (n == 4 || n == 6 || n == 8 || n == 10))
                {
                    if (s[p] != '-') return false;
                    p++;
                }
                int hi = Hex(s[p]), lo = Hex(s[p + 1]);
                if (hi < 0 || lo < 0) return false;
                b[n] = (byte)((hi << 4) | lo);
                p += 2;
            }
            // The text is big-endian in its first three groups.
            result = new Guid((uint)((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]), (ushort)((b[4] << 8) | b[5]), (ushort)((b[6] << 8) | b[7]),
                b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
            return true;
        }

        /// <summary>{0xaaaaaaaa,0xbbbb,0xcccc,{0xdd,0xee,0xff,0xgg,0xhh,0xii,0xjj,0xkk}}; whitespace anywhere.</summary>
        private static bool TryParseX(string s, out Guid result)
        {
            result = default;
            var sb = new System.Text.StringBuilder();
            foreach (char ch in s) if (!char.IsWhiteSpace(ch)) sb.Append(ch);
            string t = sb.ToString();
            int p = 0;
            if (!Expect(t, ref p, '{')) return false;
            ulong a, b, c;
            if (!HexItem(t, ref p, 0xFFFFFFFF, out a) || !Expect(t, ref p, ',')) return false;
            if (!HexItem(t, ref p, 0xFFFF, out b) || !Expect(t, ref p, ',')) return false;
            if (!HexItem(t, ref p, 0xFFFF, out c) || !Expect(t, ref p, ',') || !Expect(t, ref p, '{')) return false;
            byte[] rest = new byte[8];
            for (int n = 0; n < 8; n++)
            {
                ulong v;
                if (!HexItem(t, ref p, 0xFF, out v)) return false;
                rest[n] = (byte)v;
                if (!Expect(t, ref p, n < 7 ? ',' : '}')) return false;
            }
            if (!Expect(t, ref p, '}') || p != t.Length) return false;
            result = new Guid((uint)a, (ushort)b, (ushort)c, rest[0], rest[1], rest[2], rest[3], rest[4], rest[5], rest[6], rest[7]);
            return true;
        }
        private static bool Expect(string t, ref int p, char c)
        {
            if (p >= t.Length || t[p] != c) return false;
            p++;
            return true;
        }
        private static bool HexItem(string t, ref int p, ulong max, out ulong v)
        {
            v = 0;
            if (p + 1 >= t.Length || t[p] != '0' || (t[p + 1] != 'x' && t[p + 1] != 'X')) return false;
            p += 2;
            int start = p;
            while (p < t.Length && Hex(t[p]) >= 0)
            {
                v = (v << 4) | (uint)Hex(t[p]);
                if (v > 0xFFFFFFFFUL) return false;
                p++;
            }
            return p > start && v <= max;
        }

        // ---- formatting ----

        private static FormatException BadFormatSpecifier() =>
            new FormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");

        public byte[] ToByteArray()
        {
            byte[] r = new byte[16];
            r[0] = (byte)_a; r[1] = (byte)(_a >> 8); r[2] = (byte)(_a >> 16); r[3] = (byte)(_a >> 24);
            r[4] = (byte)_b; r[5] = (byte)(_b >> 8); r[6] = (byte)_c; r[7] = (byte)(_c >> 8);
            r[8] = _d; r[9] = _e; r[10] = _f; r[11] = _g; r[12] = _h; r[13] = _i; r[14] = _j; r[15] = _k;
            return r;
        }
        public byte[] ToByteArray(bool bigEndian)
        {
            byte[] r = ToByteArray();
            if (bigEndian)
            {
                Swap(r, 0, 3); Swap(r, 1, 2); Swap(r, 4, 5); Swap(r, 6, 7);
            }
            return r;
        }
        private static void Swap(byte[] r, int i, int j) { byte t = r[i]; r[i] = r[j]; r[j] = t; }
        public bool TryWriteBytes(Span<byte> destination)
        {
            if (destination.Length < 16) return false;
            byte[] r = ToByteArray();
            for (int i = 0; i < 16; i++) destination[i] = r[i];
            return true;
        }
        public bool TryWriteBytes(Span<byte> destination, bool bigEndian, out int bytesWritten)
        {
            if (destination.Length < 16) { bytesWritten = 0; return false; }
            byte[] r = ToByteArray(bigEndian);
            for (int i = 0; i < 16; i++) destination[i] = r[i];
            bytesWritten = 16;
            return true;
        }

        public override string ToString() => ToString("D", null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(string format, IFormatProvider provider)
        {
            char f = format == null || format.Length == 0 ? 'd' : format.Length == 1 ? (char)(format[0] | 0x20) : '\0';
            var sb = new System.Text.StringBuilder(68);
            switch (f)
            {
                case 'n': Groups(sb, false); break;
                case 'd': Groups(sb, true); break;
                case 'b': sb.Append('{'); Groups(sb, true); sb.Append('}'); break;
                case 'p': sb.Append('('); Groups(sb, true); sb.Append(')'); break;
                case 'x':
                    sb.Append("{0x"); HexN(sb, (uint)_a, 8);
                    sb.Append(",0x"); HexN(sb, (ushort)_b, 4);
                    sb.Append(",0x"); HexN(sb, (ushort)_c, 4);
                    sb.Append(",{");
                    byte[] r = ToByteArray();
                    for (int i = 8; i < 16; i++) { if (i > 8) sb.Append(','); sb.Append("0x"); HexN(sb, r[i], 2); }
                    sb.Append("}}");
                    break;
                default: throw BadFormatSpecifier();
            }
            return sb.ToString();
        }
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default)
        {
            string s = ToString(format.Length == 0 ? null : new string(format));
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            charsWritten = s.Length;
            return true;
        }
        private void Groups(System.Text.StringBuilder sb, bool dashes)
        {
            HexN(sb, (uint)_a, 8); if (dashes) sb.Append('-');
            HexN(sb, (ushort)_b, 4); if (dashes) sb.Append('-');
            HexN(sb, (ushort)_c, 4); if (dashes) sb.Append('-');
            HexN(sb, _d, 2); HexN(sb, _e, 2); if (dashes) sb.Append('-');
            HexN(sb, _f, 2); HexN(sb, _g, 2); HexN(sb, _h, 2); HexN(sb, _i, 2); HexN(sb, _j, 2); HexN(sb, _k, 2);
        }
        private static void HexN(System.Text.StringBuilder sb, uint v, int digits)
        {
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) sb.Append("0123456789abcdef"[(int)((v >> shift) & 15)]);
        }

        // ---- equality and ordering ----

        public override bool Equals(object o) => o is Guid g && Equals(g);
        public bool Equals(Guid g) =>
            g._a == _a && g._b == _b && g._c == _c && g._d == _d && g._e == _e && g._f == _f && g._g == _g && g._h == _h && g._i == _i && g._j == _j && g._k == _k;
        public override int GetHashCode() =>
            _a ^ (((ushort)_c << 16) | (ushort)_b) ^ ((_g << 24) | (_f << 16) | (_e << 8) | _d) ^ ((_k << 24) | (_j << 16) | (_i << 8) | _h);

        public int CompareTo(Guid value)
        {
            if (value._a != _a) return (uint)_a < (uint)value._a ? -1 : 1;
            if (value._b != _b) return (ushort)_b < (ushort)value._b ? -1 : 1;
            if (value._c != _c) return (ushort)_c < (ushort)value._c ? -1 : 1;
            byte[] x = ToByteArray(), y = value.ToByteArray();
            for (int i = 8; i < 16; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
            return 0;
        }
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Guid g)) throw new ArgumentException("Object must be of type GUID.", nameof(value));
            return CompareTo(g);
        }

        public static bool operator ==(Guid a, Guid b) => a.Equals(b);
        public static bool operator !=(Guid a, Guid b) => !a.Equals(b);
        public static bool operator <(Guid left, Guid right) => left.CompareTo(right) < 0;
        public static bool operator <=(Guid left, Guid right) => left.CompareTo(right) <= 0;
        public static bool operator >(Guid left, Guid right) => left.CompareTo(right) > 0;
        public static bool operator >=(Guid left, Guid right) => left.CompareTo(right) >= 0;
    }
}
