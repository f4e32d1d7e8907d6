namespace System.Text
{
    public enum NormalizationForm { FormC = 1, FormD = 2, FormKC = 5, FormKD = 6 }

    public abstract class Encoding
    {
        private static Encoding s_utf8, s_ascii, s_unicode, s_latin1, s_utf32, s_bigEndian;
        public static Encoding UTF8 => s_utf8 ??= new UTF8Encoding(true);
        public static Encoding ASCII => s_ascii ??= new ASCIIEncoding();
        public static Encoding Unicode => s_unicode ??= new UnicodeEncoding(false, true);
        public static Encoding BigEndianUnicode => s_bigEndian ??= new UnicodeEncoding(true, true);
        public static Encoding Latin1 => s_latin1 ??= new Latin1Encoding();
        public static Encoding UTF32 => s_utf32 ??= new UTF32Encoding();
        public static Encoding Default => UTF8;
        public abstract string EncodingName { get; }
        public virtual string WebName => EncodingName;
        public virtual int CodePage => 0;
        public abstract byte[] GetBytes(string s);
        public virtual byte[] GetBytes(char[] chars) => GetBytes(new string(chars));
        public virtual byte[] GetBytes(char[] chars, int index, int count) => GetBytes(new string(chars, index, count));
        public int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            byte[] b = GetBytes(s.Substring(charIndex, charCount));
            Array.Copy(b, 0, bytes, byteIndex, b.Length);
            return b.Length;
        }
        public virtual int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
        {
            byte[] b = GetBytes(new string(chars));
            for (int i = 0; i < b.Length; i++) bytes[i] = b[i];
            return b.Length;
        }
        public virtual int GetByteCount(string s) => GetBytes(s).Length;
        public virtual int GetByteCount(char[] chars) => GetBytes(chars).Length;
        public abstract string GetString(byte[] bytes, int index, int count);
        public virtual string GetString(byte[] bytes) => GetString(bytes, 0, bytes.Length);
        public string GetString(ReadOnlySpan<byte> bytes) => GetString(bytes.ToArray());
        public virtual char[] GetChars(byte[] bytes) => GetString(bytes).ToCharArray();
        public virtual int GetCharCount(byte[] bytes) => GetString(bytes).Length;
        public virtual byte[] GetPreamble() => new byte[0];
        public virtual int GetMaxByteCount(int charCount) => (charCount + 1) * 3;
        public virtual int GetMaxCharCount(int byteCount) => byteCount + 1;
        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes) => dstEncoding.GetBytes(srcEncoding.GetString(bytes));
        public static Encoding GetEncoding(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "utf-8": case "utf8": return UTF8;
                case "ascii": case "us-ascii": return ASCII;
                case "utf-16": case "unicode": return Unicode;
                case "latin1": case "iso-8859-1": return Latin1;
                default: throw new ArgumentException("'" + name + "' is not a supported encoding name.", nameof(name));
            }
        }
    }

    public class UTF8Encoding : Encoding
    {
        private readonly bool _bom;
        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) { _bom = encoderShouldEmitUTF8Identifier; }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : this(encoderShouldEmitUTF8Identifier) { }
        public override string EncodingName => "Unicode (UTF-8)";
        public override string WebName => "utf-8";
        public override int CodePage => 65001;
        public override byte[] GetPreamble() => _bom ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0];
        public override byte[] GetBytes(string s)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            var l = new System.Collections.Generic.List<byte>(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
                {
                    c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
                    i++;
                }
                else if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
                if (c < 0x80) l.Add((byte)c);
                else if (c < 0x800) { l.Add((byte)(0xC0 | (c >> 6))); l.Add((byte)(0x80 | (c & 0x3F))); }
                else if (c < 0x10000) { l.Add((byte)(0xE0 | (c >> 12))); l.Add((byte)(0x80 | ((c >> 6) & 0x3F))); l.Add((byte)(0x80 | (c & 0x3F))); }
                else { l.Add((byte)(0xF0 | (c >> 18))); l.Add((byte)(0x80 | ((c >> 12) & 0x3F))); l.Add((byte)(0x80 | ((c >> 6) & 0x3F))); l.Add((byte)(0x80 | (c & 0x3F))); }
            }
            return l.ToArray();
        }
        public override string GetString(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException(nameof(bytes));
            var sb = new StringBuilder(count);
            int end = index + count;
            int i = index;
            while (i < end)
            {
                int b = bytes[i];
                int need, cp;
                if (b < 0x80) { sb.Append((char)b); i++; continue; }
                else if (b >= 0xC2 && b < 0xE0) { need = 1; cp = b & 0x1F; }
                else if (b >= 0xE0 && b < 0xF0) { need = 2; cp = b & 0x0F; }
                else if (b >= 0xF0 && b < 0xF5) { need = 3; cp = b & 0x07; }
                else { sb.Append('\uFFFD'); i++; continue; }
                int j = 1;
                bool ok = true;
                for (; j <= need; j++)
                {
                    if (i + j >= end || (bytes[i + j] & 0xC0) != 0x80) { ok = false; break; }
                    cp = (cp << 6) | (bytes[i + j] & 0x3F);
                }
                if (ok && ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))) { ok = false; j = 1; }
                if (!ok) { sb.Append('\uFFFD'); i += j; continue; }
                if (cp >= 0x10000) { cp -= 0x10000; sb.Append((char)(0xD800 + (cp >> 10))); sb.Append((char)(0xDC00 + (cp & 0x3FF))); }
                else sb.Append((char)cp);
                i += need + 1;
            }
            return sb.ToString();
        }
    }
    public class ASCIIEncoding : Encoding
    {
        public override string EncodingName => "US-ASCII";
        public override string WebName => "us-ascii";
        public override int CodePage => 20127;
        public override byte[] GetBytes(string s)
        {
            byte[] r = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) r[i] = s[i] < 0x80 ? (byte)s[i] : (byte)'?';
            return r;
        }
        public override string GetString(byte[] bytes, int index, int count)
        {
            char[] c = new char[count];
            for (int i = 0; i < count; i++) { byte b = bytes[index + i]; c[i] = b < 0x80 ? (char)b : '?'; }
            return new string(c);
        }
    }
    internal sealed class Latin1Encoding : Encoding
    {
        public override string EncodingName => "Western European (ISO)";
        public override string WebName => "iso-8859-1";
        public override int CodePage => 28591;
        public override byte[] GetBytes(string s)
        {
            byte[] r = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) r[i] = s[i] < 0x100 ? (byte)s[i] : (byte)'?';
            return r;
        }
        public override string GetString(byte[] bytes, int index, int count)
        {
            char[] c = new char[count];
            for (int i = 0; i < count; i++) c[i] = (char)bytes[index + i];
            return new string(c);
        }
    }
    public class UnicodeEncoding : Encoding
    {
        private readonly bool _big, _bom;
        public UnicodeEncoding() : this(false, true) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) { _big = bigEndian; _bom = byteOrderMark; }
        public override string EncodingName => _big ? "Unicode (Big-Endian)" : "Unicode";
        public override string WebName => _big ? "utf-16BE" : "utf-16";
        public override int CodePage => _big ? 1201 : 1200;
        public override byte[] GetPreamble() => _bom ? (_big ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE }) : new byte[0];
        public override byte[] GetBytes(string s)
        {
            byte[] r = new byte[s.Length * 2];
            for (int i = 0; i < s.Length; i++)
            {
                if (_big) { r[2 * i] = (byte)(s[i] >> 8); r[2 * i + 1] = (byte)s[i]; }
                else { r[2 * i] = (byte)s[i]; r[2 * i + 1] = (byte)(s[i] >> 8); }
            }
            return r;
        }
        public override string GetString(byte[] bytes, int index, int count)
        {
            char[] c = new char[count / 2];
            for (int i = 0; i < c.Length; i++)
                c[i] = _big ? (char)((bytes[index + 2 * i] << 8) | bytes[index + 2 * i + 1]) : (char)(bytes[index + 2 * i] | (bytes[index + 2 * i + 1] << 8));
            return new string(c);
        }
    }
    public class UTF32Encoding : Encoding
    {
        public override string EncodingName => "Unicode (UTF-32)";
        public override int CodePage => 12000;
        public override byte[] GetPreamble() => new byte[] { 0xFF, 0xFE, 0, 0 };
        public override byte[] GetBytes(string s)
        {
            var l = new System.Collections.Generic.List<byte>();
            for (int i = 0; i < s.Length; i++)
            {
                int cp = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { cp = char.ConvertToUtf32(s[i], s[i + 1]); i++; }
                l.Add((byte)cp); l.Add((byte)(cp >> 8)); l.Add((byte)(cp >> 16)); l.Add((byte)(cp >> 24));
            }
            return l.ToArray();
        }
        public override string GetString(byte[] bytes, int index, int count)
        {
            var sb = new StringBuilder();
            for (int i = 0; i + 3 < count; i += 4)
            {
                int cp = bytes[index + i] | (bytes[index + i + 1] << 8) | (bytes[index + i + 2] << 16) | (bytes[index + i + 3] << 24);
                sb.Append(char.ConvertFromUtf32(cp));
            }
            return sb.ToString();
        }
    }

    public readonly struct Rune : IComparable<Rune>, IEquatable<Rune>
    {
        private readonly int _value;
        public Rune(int value)
        {
            if (!IsValid(value)) throw new ArgumentOutOfRangeException(nameof(value));
            _value = value;
        }
        public Rune(char ch) : this((int)ch) { }
        public Rune(char highSurrogate, char lowSurrogate) : this(char.ConvertToUtf32(highSurrogate, lowSurrogate)) { }
        public static bool IsValid(int value) => (uint)value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
        public int Value => _value;
        public bool IsAscii => _value < 0x80;
        public bool IsBmp => _value < 0x10000;
        public int Utf16SequenceLength => _value < 0x10000 ? 1 : 2;
        public int Utf8SequenceLength => _value < 0x80 ? 1 : _value < 0x800 ? 2 : _value < 0x10000 ? 3 : 4;
        public static Rune ReplacementChar => new Rune(0xFFFD);
        public override string ToString() => char.ConvertFromUtf32(_value);
        public int CompareTo(Rune other) => _value.CompareTo(other._value);
        public bool Equals(Rune other) => _value == other._value;
        public override bool Equals(object obj) => obj is Rune r && r._value == _value;
        public override int GetHashCode() => _value;
        public static bool operator ==(Rune left, Rune right) => left._value == right._value;
        public static bool operator !=(Rune left, Rune right) => left._value != right._value;
        public static bool IsLetter(Rune value) => value.IsBmp ? char.IsLetter((char)value._value) : char.CategoryOf(value._value) <= 4;
        public static bool IsDigit(Rune value) => value.IsBmp && char.IsDigit((char)value._value);
        public static bool IsWhiteSpace(Rune value) => value.IsBmp && char.IsWhiteSpace((char)value._value);
        public static Rune ToUpperInvariant(Rune value) => value.IsBmp ? new Rune(char.ToUpperInvariant((char)value._value)) : value;
        public static Rune ToLowerInvariant(Rune value) => value.IsBmp ? new Rune(char.ToLowerInvariant((char)value._value)) : value;
        public static System.Globalization.UnicodeCategory GetUnicodeCategory(Rune value) => (System.Globalization.UnicodeCategory)char.CategoryOf(value._value);
        public static explicit operator Rune(char ch) => new Rune(ch);
        public static explicit operator Rune(int value) => new Rune(value);
        public int EncodeToUtf16(Span<char> destination)
        {
            string s = ToString();
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            return s.Length;
        }
    }

    public struct StringRuneEnumerator : System.Collections.Generic.IEnumerable<Rune>, System.Collections.Generic.IEnumerator<Rune>
    {
        private readonly string _s;
        private int _next;
        private Rune _current;
        internal StringRuneEnumerator(string s) { _s = s; _next = 0; _current = default; }
        public Rune Current => _current;
        public StringRuneEnumerator GetEnumerator() => this;
        public bool MoveNext()
        {
            if (_next >= _s.Length) { _current = default; return false; }
            char c = _s[_next];
            if (char.IsHighSurrogate(c) && _next + 1 < _s.Length && char.IsLowSurrogate(_s[_next + 1]))
            {
                _current = new Rune(c, _s[_next + 1]);
                _next += 2;
            }
            else
            {
                _current = char.IsSurrogate(c) ? Rune.ReplacementChar : new Rune(c);
                _next++;
            }
            return true;
        }
        object System.Collections.IEnumerator.Current => _current;
        void System.Collections.IEnumerator.Reset() { _next = 0; _current = default; }
        void IDisposable.Dispose() { }
        System.Collections.Generic.IEnumerator<Rune> System.Collections.Generic.IEnumerable<Rune>.GetEnumerator() => this;
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this;
    }
}

namespace System.Buffers
{
    public delegate void SpanAction<T, in TArg>(Span<T> span, TArg arg);
    public delegate void ReadOnlySpanAction<T, in TArg>(ReadOnlySpan<T> span, TArg arg);
}
