using System.Runtime.CompilerServices;

namespace System
{
    public enum StringComparison { CurrentCulture, CurrentCultureIgnoreCase, InvariantCulture, InvariantCultureIgnoreCase, Ordinal, OrdinalIgnoreCase }

    /// <summary>
    /// UTF-16 string. Layout (runtime contract, as CoreCLR): header, MethodTable, int length at 8,
    /// chars from 12. Allocation and bulk character work are internal calls.
    /// </summary>

    public sealed class String : IComparable, IEquatable<string>, IComparable<string>, System.Collections.Generic.IEnumerable<char>
    {
        private readonly int _stringLength;
        private char _firstChar;

        public static readonly string Empty = "";

        public int Length => _stringLength;

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_stringLength) throw new IndexOutOfRangeException();
                return Unsafe.Add(ref _firstChar, index);
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FastAllocateString(int length);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string ConcatArray(string[] values, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string Substring(string s, int start, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int CompareOrdinalCore(string a, string b);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int IndexOfCore(string s, string value, int start, bool ignoreCase, bool last);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string CaseMap(string s, bool upper);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string ReplaceCore(string s, string oldValue, string newValue);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string FromCharArray(char[] value, int start, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string CreateFromChar(char c);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string CreateFromCharRepeat(char c, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string CreateFromSpan(ref char start, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetHashCodeCore(string s);

        public String(char[] value) : this() { throw new PlatformNotSupportedException(); }
        private String() { }
        // 'new string(...)' is redirected by the runtime to these Ctor methods, as CoreCLR does.
        private static string Ctor(char[] value) => value == null ? Empty : FromCharArray(value, 0, value.Length);
        private static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (startIndex < 0 || length < 0 || startIndex > value.Length - length) throw new ArgumentOutOfRangeException(nameof(startIndex));
            return FromCharArray(value, startIndex, length);
        }
        private static string Ctor(char c, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            return CreateFromCharRepeat(c, count);
        }
        private static string Ctor(ReadOnlySpan<char> value) => value.Length == 0 ? Empty : CreateFromSpan(ref value._reference, value.Length);
        public String(char[] value, int startIndex, int length) : this() { throw new PlatformNotSupportedException(); }
        public String(char c, int count) : this() { throw new PlatformNotSupportedException(); }
        public String(ReadOnlySpan<char> value) : this() { throw new PlatformNotSupportedException(); }

        public ref readonly char GetPinnableReference() => ref _firstChar;

        public static implicit operator ReadOnlySpan<char>(string value) =>
            value == null ? default : new ReadOnlySpan<char>(ref value._firstChar, value._stringLength);

        public static bool IsNullOrEmpty(string value) => value == null || value._stringLength == 0;
        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            for (int i = 0; i < value._stringLength; i++) if (!char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        public static string Concat(string str0, string str1)
        {
            if (IsNullOrEmpty(str0)) return str1 ?? Empty;
            if (IsNullOrEmpty(str1)) return str0;
            return ConcatArray(new string[] { str0, str1 }, 2);
        }
        public static string Concat(string str0, string str1, string str2) => ConcatArray(new string[] { str0, str1, str2 }, 3);
        public static string Concat(string str0, string str1, string str2, string str3) => ConcatArray(new string[] { str0, str1, str2, str3 }, 4);
        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            return ConcatArray(values, values.Length);
        }
        public static string Concat(object arg0) => arg0?.ToString() ?? Empty;
        public static string Concat(object arg0, object arg1) => Concat(arg0?.ToString(), arg1?.ToString());
        public static string Concat(object arg0, object arg1, object arg2) => Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());
        public static string Concat(params object[] args)
        {
            if (args == null) throw new ArgumentNullException(nameof(args));
            string[] s = new string[args.Length];
            for (int i = 0; i < args.Length; i++) s[i] = args[i]?.ToString();
            return ConcatArray(s, s.Length);
        }
        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1) => Concat(new string(str0), new string(str1));
        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2) => Concat(new string(str0), new string(str1), new string(str2));
        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2, ReadOnlySpan<char> str3) => Concat(new string(str0), new string(str1), new string(str2), new string(str3));

        public static bool operator ==(string a, string b) => Equals(a, b);
        public static bool operator !=(string a, string b) => !Equals(a, b);
        public static bool Equals(string a, string b)
        {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null || a._stringLength != b._stringLength) return false;
            return CompareOrdinalCore(a, b) == 0;
        }
        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if (comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase)
            {
                if ((object)a == (object)b) return true;
                if ((object)a == null || (object)b == null || a._stringLength != b._stringLength) return false;
                return CompareOrdinalCore(CaseMap(a, true), CaseMap(b, true)) == 0;
            }
            return Equals(a, b);
        }
        public override bool Equals(object obj) => obj is string s && Equals(this, s);
        public bool Equals(string value) => Equals(this, value);
        public bool Equals(string value, StringComparison comparisonType) => Equals(this, value, comparisonType);
        public override int GetHashCode() => GetHashCodeCore(this);
        public override string ToString() => this;
        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            return CompareOrdinalCore(strA, strB);
        }
        public static int Compare(string strA, string strB) => CompareOrdinal(strA, strB);
        public static int Compare(string strA, string strB, StringComparison comparisonType) => CompareOrdinal(strA, strB);
        public int CompareTo(string strB) => CompareOrdinal(this, strB);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is string s) return CompareOrdinal(this, s);
            throw new ArgumentException("Object must be of type String.");
        }

        public string Substring(int startIndex) => Substring(startIndex, _stringLength - startIndex);
        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > _stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (length < 0 || startIndex > _stringLength - length) throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
            if (length == 0) return Empty;
            if (startIndex == 0 && length == _stringLength) return this;
            return Substring(this, startIndex, length);
        }
        public int IndexOf(char value)
        {
            for (int i = 0; i < _stringLength; i++) if (this[i] == value) return i;
            return -1;
        }
        public int IndexOf(char value, int startIndex)
        {
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex));
            for (int i = startIndex; i < _stringLength; i++) if (this[i] == value) return i;
            return -1;
        }
        public int IndexOf(string value) => IndexOf(value, 0);
        public int IndexOf(string value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return IndexOfCore(this, value, startIndex, false, false);
        }
        public int IndexOf(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return IndexOfCore(this, value, 0, comparisonType == StringComparison.OrdinalIgnoreCase, false);
        }
        public int LastIndexOf(char value)
        {
            for (int i = _stringLength - 1; i >= 0; i--) if (this[i] == value) return i;
            return -1;
        }
        public int LastIndexOf(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return IndexOfCore(this, value, 0, false, true);
        }
        public bool Contains(string value) => IndexOf(value) >= 0;
        public bool Contains(char value) => IndexOf(value) >= 0;
        public bool StartsWith(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return value._stringLength <= _stringLength && CompareOrdinalCore(Substring(0, value._stringLength), value) == 0;
        }
        public bool StartsWith(char value) => _stringLength > 0 && this[0] == value;
        public bool EndsWith(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return value._stringLength <= _stringLength && CompareOrdinalCore(Substring(_stringLength - value._stringLength), value) == 0;
        }
        public bool EndsWith(char value) => _stringLength > 0 && this[_stringLength - 1] == value;
        public string ToUpper() => CaseMap(this, true);
        public string ToLower() => CaseMap(this, false);
        public string ToUpperInvariant() => CaseMap(this, true);
        public string ToLowerInvariant() => CaseMap(this, false);
        public string Replace(string oldValue, string newValue)
        {
            if (oldValue == null) throw new ArgumentNullException(nameof(oldValue));
            if (oldValue._stringLength == 0) throw new ArgumentException("String cannot be of zero length.", nameof(oldValue));
            return ReplaceCore(this, oldValue, newValue ?? Empty);
        }
        public string Replace(char oldChar, char newChar) => ReplaceCore(this, CreateFromChar(oldChar), CreateFromChar(newChar));
        public string Trim() => TrimCore(true, true);
        public string TrimStart() => TrimCore(true, false);
        public string TrimEnd() => TrimCore(false, true);
        private string TrimCore(bool start, bool end)
        {
            int s = 0, e = _stringLength - 1;
            if (start) while (s <= e && char.IsWhiteSpace(this[s])) s++;
            if (end) while (e >= s && char.IsWhiteSpace(this[e])) e--;
            return Substring(s, e - s + 1);
        }
        public char[] ToCharArray()
        {
            char[] r = new char[_stringLength];
            for (int i = 0; i < r.Length; i++) r[i] = this[i];
            return r;
        }
        public string PadLeft(int totalWidth) => PadLeft(totalWidth, ' ');
        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException(nameof(totalWidth), "Non-negative number required.");
            return totalWidth <= _stringLength ? this : Concat(CreateFromCharRepeat(paddingChar, totalWidth - _stringLength), this);
        }
        public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');
        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException(nameof(totalWidth), "Non-negative number required.");
            return totalWidth <= _stringLength ? this : Concat(this, CreateFromCharRepeat(paddingChar, totalWidth - _stringLength));
        }
        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (value.Length == 0) return Empty;
            string[] parts = new string[value.Length * 2 - 1];
            for (int i = 0; i < value.Length; i++)
            {
                if (i > 0) parts[i * 2 - 1] = separator;
                parts[i * 2] = value[i];
            }
            return ConcatArray(parts, parts.Length);
        }
        public static string Join(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            string[] s = new string[values.Length];
            for (int i = 0; i < values.Length; i++) s[i] = values[i]?.ToString();
            return Join(separator, s);
        }
        public static string Join<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            string result = null;
            foreach (T v in values)
                result = result == null ? (v?.ToString() ?? Empty) : Concat(result, separator, v?.ToString());
            return result ?? Empty;
        }
        public string[] Split(char separator)
        {
            int count = 1;
            for (int i = 0; i < _stringLength; i++) if (this[i] == separator) count++;
            string[] result = new string[count];
            int start = 0, n = 0;
            for (int i = 0; i < _stringLength; i++)
            {
                if (this[i] == separator) { result[n++] = Substring(start, i - start); start = i + 1; }
            }
            result[n] = Substring(start);
            return result;
        }

        public static string Format(string format, object arg0) => CompositeFormat.Format(format, new object[] { arg0 });
        public static string Format(string format, object arg0, object arg1) => CompositeFormat.Format(format, new object[] { arg0, arg1 });
        public static string Format(string format, object arg0, object arg1, object arg2) => CompositeFormat.Format(format, new object[] { arg0, arg1, arg2 });
        public static string Format(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(nameof(args));
            return CompositeFormat.Format(format, args);
        }
        public static string Format(IFormatProvider provider, string format, params object[] args) => Format(format, args);

        public System.Collections.Generic.IEnumerator<char> GetEnumerator() => new CharEnumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new CharEnumerator(this);

        private sealed class CharEnumerator : System.Collections.Generic.IEnumerator<char>
        {
            private readonly string _s;
            private int _i = -1;
            public CharEnumerator(string s) { _s = s; }
            public bool MoveNext() => ++_i < _s.Length;
            public char Current => _s[_i];
            object System.Collections.IEnumerator.Current => Current;
            public void Reset() { _i = -1; }
            public void Dispose() { }
        }
    }
}
