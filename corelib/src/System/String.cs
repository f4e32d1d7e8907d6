using System.Runtime.CompilerServices;

namespace System
{
    public enum StringComparison { CurrentCulture, CurrentCultureIgnoreCase, InvariantCulture, InvariantCultureIgnoreCase, Ordinal, OrdinalIgnoreCase }

    /// <summary>
    /// UTF-16 string. Layout (runtime contract, as CoreCLR): header, MethodTable, int length at 8,
    /// chars from 12. Allocation and bulk character work are internal calls.
    /// </summary>

    public sealed partial class String : IComparable, IEquatable<string>, IComparable<string>, System.Collections.Generic.IEnumerable<char>, ICloneable
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
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count ('" + count.ToString() + "') must be a non-negative value.");
            return CreateFromCharRepeat(c, count);
        }
        private static string Ctor(ReadOnlySpan<char> value) => value.Length == 0 ? Empty : CreateFromSpan(ref value._reference, value.Length);
        public String(char[] value, int startIndex, int length) : this() { throw new PlatformNotSupportedException(); }
        public String(char c, int count) : this() { throw new PlatformNotSupportedException(); }
        public String(ReadOnlySpan<char> value) : this() { throw new PlatformNotSupportedException(); }

        public ref readonly char GetPinnableReference() => ref _firstChar;

        internal static ReadOnlySpan<char> AsSpanCore(string value) =>
            value == null ? default : new ReadOnlySpan<char>(ref value._firstChar, value._stringLength);
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
        public static int Compare(string strA, string strB) => Compare(strA, strB, StringComparison.CurrentCulture);
        public static int Compare(string strA, string strB, bool ignoreCase) => Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        public static int Compare(string strA, string strB, bool ignoreCase, System.Globalization.CultureInfo culture) => Compare(strA, strB, ignoreCase);
        public static int Compare(string strA, string strB, System.Globalization.CultureInfo culture, System.Globalization.CompareOptions options) => culture.CompareInfo.Compare(strA, strB, options);
        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return CompareOrdinalCore(strA, strB);
                case StringComparison.OrdinalIgnoreCase: return CompareOrdinalCore(CaseMap(strA, true), CaseMap(strB, true));
                case StringComparison.CurrentCultureIgnoreCase: case StringComparison.InvariantCultureIgnoreCase: return CultureCompare(strA, strB, true);
                default: return CultureCompare(strA, strB, false);
            }
        }
        public int CompareTo(string strB) => Compare(this, strB, StringComparison.CurrentCulture);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is string s) return Compare(this, s, StringComparison.CurrentCulture);
            throw new ArgumentException("Object must be of type String.");
        }

        public string Substring(int startIndex)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, "startIndex ('" + startIndex.ToString() + "') must be a non-negative value.");
            if (startIndex > _stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            return Substring(startIndex, _stringLength - startIndex);
        }
        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, "startIndex ('" + startIndex.ToString() + "') must be a non-negative value.");
            if (startIndex > _stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), length, "length ('" + length.ToString() + "') must be a non-negative value.");
            if (startIndex > _stringLength - length) throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
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
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            for (int i = startIndex; i < _stringLength; i++) if (this[i] == value) return i;
            return -1;
        }
        public int IndexOf(string value) => IndexOf(value, 0);
        public int IndexOf(string value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return IndexOfCore(this, value, startIndex, false, false);
        }
        public int IndexOf(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return IndexOfCore(this, value, 0, IgnoreCase(comparisonType), false);
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
            if (oldValue._stringLength == 0) throw new ArgumentException("The value cannot be an empty string.", nameof(oldValue));
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
            if (totalWidth < 0) throw new ArgumentOutOfRangeException(nameof(totalWidth), totalWidth, "totalWidth ('" + totalWidth.ToString() + "') must be a non-negative value.");
            return totalWidth <= _stringLength ? this : Concat(CreateFromCharRepeat(paddingChar, totalWidth - _stringLength), this);
        }
        public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');
        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException(nameof(totalWidth), totalWidth, "totalWidth ('" + totalWidth.ToString() + "') must be a non-negative value.");
            return totalWidth <= _stringLength ? this : Concat(this, CreateFromCharRepeat(paddingChar, totalWidth - _stringLength));
        }
        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return Join(separator, value, 0, value.Length);
        }
        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (count == 0) return Empty;
            string[] parts = new string[count * 2 - 1];
            for (int i = 0; i < count; i++)
            {
                if (i > 0) parts[i * 2 - 1] = separator;
                parts[i * 2] = value[startIndex + i];
            }
            return ConcatArray(parts, parts.Length);
        }
        public static string Join(char separator, params string[] value) => Join(CreateFromChar(separator), value);
        public static string Join(char separator, params object[] values) => Join(CreateFromChar(separator), values);
        public static string Join(string separator, params ReadOnlySpan<string> value) => Join(separator, value.ToArray());
        public static string Join(char separator, params ReadOnlySpan<string> value) => Join(CreateFromChar(separator), value.ToArray());
        public static string Join(string separator, params ReadOnlySpan<object> values) => Join(separator, values.ToArray());
        public static string Join(char separator, params ReadOnlySpan<object> values) => Join(CreateFromChar(separator), values.ToArray());
        public static string Join(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            if (values.Length == 0) return Empty;
            string[] s = new string[values.Length];
            for (int i = 0; i < values.Length; i++) s[i] = values[i]?.ToString();
            return Join(separator, s);
        }
        public static string Join(string separator, System.Collections.Generic.IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            var l = new System.Collections.Generic.List<string>();
            foreach (string v in values) l.Add(v);
            return Join(separator, l.ToArray());
        }
        public static string Join<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            var l = new System.Collections.Generic.List<string>();
            foreach (T v in values) l.Add(v?.ToString());
            return Join(separator, l.ToArray());
        }
        public static string Join<T>(char separator, System.Collections.Generic.IEnumerable<T> values) => Join(CreateFromChar(separator), values);
        public static string Concat(System.Collections.Generic.IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            var l = new System.Collections.Generic.List<string>();
            foreach (string v in values) l.Add(v);
            return ConcatArray(l.ToArray(), l.Count);
        }
        public static string Concat<T>(System.Collections.Generic.IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            var l = new System.Collections.Generic.List<string>();
            foreach (T v in values) l.Add(v?.ToString());
            return ConcatArray(l.ToArray(), l.Count);
        }
        public static string Concat(params ReadOnlySpan<string> values) => Concat(values.ToArray());
        public static string Concat(params ReadOnlySpan<object> args) => Concat(args.ToArray());

        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) => SplitCore(new string[] { CreateFromChar(separator) }, int.MaxValue, options);
        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) => SplitCore(new string[] { CreateFromChar(separator) }, count, options);
        public string[] Split(params char[] separator) => SplitChars(separator, int.MaxValue, StringSplitOptions.None);
        public string[] Split(char[] separator, int count) => SplitChars(separator, count, StringSplitOptions.None);
        public string[] Split(char[] separator, StringSplitOptions options) => SplitChars(separator, int.MaxValue, options);
        public string[] Split(char[] separator, int count, StringSplitOptions options) => SplitChars(separator, count, options);
        public string[] Split(params ReadOnlySpan<char> separator) => SplitChars(separator.ToArray(), int.MaxValue, StringSplitOptions.None);
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) => SplitCore(new string[] { separator ?? "" }, int.MaxValue, options);
        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) => SplitCore(new string[] { separator ?? "" }, count, options);
        public string[] Split(string[] separator, StringSplitOptions options) => SplitCore(separator, int.MaxValue, options);
        public string[] Split(string[] separator, int count, StringSplitOptions options) => SplitCore(separator, count, options);
        private string[] SplitChars(char[] separator, int count, StringSplitOptions options)
        {
            if (separator == null || separator.Length == 0) return SplitCore(null, count, options);
            string[] seps = new string[separator.Length];
            for (int i = 0; i < seps.Length; i++) seps[i] = CreateFromChar(separator[i]);
            return SplitCore(seps, count, options);
        }
        private string[] SplitCore(string[] separators, int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "count ('" + count.ToString() + "') must be a non-negative value.");
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            var result = new System.Collections.Generic.List<string>();
            if (count == 0) return new string[0];
            bool whitespace = separators == null || separators.Length == 0;
            if (!whitespace)
            {
                bool allEmpty = true;
                foreach (string sp in separators) if (!string.IsNullOrEmpty(sp)) allEmpty = false;
                if (allEmpty)
                {
                    string only = trim ? Trim() : this;
                    if (removeEmpty && only.Length == 0) return new string[0];
                    return new string[] { only };
                }
            }
            int start = 0, i = 0;
            while (i < _stringLength)
            {
                if (result.Count == count - 1) break;
                int matchLen = 0;
                if (whitespace) { if (char.IsWhiteSpace(this[i])) matchLen = 1; }
                else
                {
                    foreach (string sp in separators)
                    {
                        if (string.IsNullOrEmpty(sp)) continue;
                        if (sp.Length <= _stringLength - i && CompareOrdinal(this, i, sp, 0, sp.Length) == 0) { matchLen = sp.Length; break; }
                    }
                }
                if (matchLen > 0)
                {
                    AddPart(result, Substring(start, i - start), removeEmpty, trim);
                    i += matchLen;
                    start = i;
                }
                else i++;
            }
            string last = Substring(start);
            if (trim) last = last.Trim();
            if (!(removeEmpty && last.Length == 0)) result.Add(last);
            else if (result.Count == count - 1 && count != int.MaxValue) { }
            return result.ToArray();
        }
        private static void AddPart(System.Collections.Generic.List<string> result, string part, bool removeEmpty, bool trim)
        {
            if (trim) part = part.Trim();
            if (removeEmpty && part.Length == 0) return;
            result.Add(part);
        }

        public static string Format(string format, object arg0) => CompositeFormat.Format(format, new object[] { arg0 });
        public static string Format(string format, object arg0, object arg1) => CompositeFormat.Format(format, new object[] { arg0, arg1 });
        public static string Format(string format, object arg0, object arg1, object arg2) => CompositeFormat.Format(format, new object[] { arg0, arg1, arg2 });
        public static string Format(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? nameof(format) : nameof(args));
            return CompositeFormat.Format(format, args);
        }
        public static string Format(string format, params ReadOnlySpan<object> args) => CompositeFormat.Format(format, args.ToArray());
        public static string Format(IFormatProvider provider, string format, object arg0) => Format(format, arg0);
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) => Format(format, arg0, arg1);
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2) => Format(format, arg0, arg1, arg2);
        public static string Format(IFormatProvider provider, string format, params object[] args) => Format(format, args);
        public static string Format(IFormatProvider provider, string format, params ReadOnlySpan<object> args) => Format(format, args.ToArray());

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null) return strA == null ? (strB == null ? 0 : -1) : 1;
            int la = Math.Min(length, strA.Length - indexA), lb = Math.Min(length, strB.Length - indexB);
            if (la < 0 || lb < 0) throw new ArgumentOutOfRangeException(nameof(length), "Length cannot be less than zero.");
            int n = Math.Min(la, lb);
            for (int i = 0; i < n; i++)
            {
                int d = strA[indexA + i] - strB[indexB + i];
                if (d != 0) return d;
            }
            return la - lb;
        }
        public static int Compare(string strA, int indexA, string strB, int indexB, int length) => Compare(strA.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB.Substring(indexB, Math.Min(length, strB.Length - indexB)));
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType) => Compare(strA.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB.Substring(indexB, Math.Min(length, strB.Length - indexB)), comparisonType);
        public string Insert(int startIndex, string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, "startIndex ('" + startIndex.ToString() + "') must be less than or equal to '" + _stringLength.ToString() + "'.");
            return Concat(Substring(0, startIndex), value, Substring(startIndex));
        }
        public string Remove(int startIndex)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (startIndex > _stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            return Substring(0, startIndex);
        }
        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if (count > _stringLength - startIndex) throw new ArgumentOutOfRangeException(nameof(count), count, "count ('" + count.ToString() + "') must be less than or equal to '" + (_stringLength - startIndex).ToString() + "'.");
            return Concat(Substring(0, startIndex), Substring(startIndex + count));
        }
        public int IndexOfAny(char[] anyOf) => IndexOfAny(anyOf, 0, _stringLength);
        public int IndexOfAny(char[] anyOf, int startIndex) => IndexOfAny(anyOf, startIndex, _stringLength - startIndex);
        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException(nameof(anyOf));
            for (int i = startIndex; i < startIndex + count; i++) if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }
        public int LastIndexOfAny(char[] anyOf)
        {
            if (anyOf == null) throw new ArgumentNullException(nameof(anyOf));
            for (int i = _stringLength - 1; i >= 0; i--) if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }
        public int IndexOf(char value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) if (this[i] == value) return i;
            return -1;
        }
        public int IndexOf(char value, StringComparison comparisonType) => comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase ? ToUpperInvariant().IndexOf(char.ToUpperInvariant(value)) : IndexOf(value);
        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return IndexOfCore(this, value, startIndex, IgnoreCase(comparisonType), false);
        }
        public int IndexOf(string value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            int r = IndexOfCore(Substring(0, startIndex + count), value, startIndex, false, false);
            return r;
        }
        public int LastIndexOf(char value, int startIndex)
        {
            if (_stringLength == 0) return -1;
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            for (int i = startIndex; i >= 0; i--) if (this[i] == value) return i;
            return -1;
        }
        public int LastIndexOf(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return IndexOfCore(this, value, 0, IgnoreCase(comparisonType), true);
        }
        public int LastIndexOf(string value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return IndexOfCore(Substring(0, Math.Min(_stringLength, startIndex + 1)), value, 0, false, true);
        }
        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (_stringLength == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            return IndexOfCore(Substring(0, startIndex + 1), value, 0, IgnoreCase(comparisonType), true);
        }
        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            return IndexOfCore(Substring(0, startIndex + count), value, startIndex, IgnoreCase(comparisonType), false);
        }
        internal static bool IgnoreCase(StringComparison c) => c == StringComparison.OrdinalIgnoreCase || c == StringComparison.InvariantCultureIgnoreCase || c == StringComparison.CurrentCultureIgnoreCase;
        public bool Contains(string value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool Contains(char value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (value.Length > _stringLength) return false;
            return Equals(Substring(0, value.Length), value, comparisonType);
        }
        public bool StartsWith(string value, bool ignoreCase, System.Globalization.CultureInfo culture) => StartsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public bool EndsWith(string value, bool ignoreCase, System.Globalization.CultureInfo culture) => EndsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (value.Length > _stringLength) return false;
            return Equals(Substring(_stringLength - value.Length), value, comparisonType);
        }
        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            if (!IgnoreCase(comparisonType)) return Replace(oldValue, newValue);
            var sb = new System.Text.StringBuilder();
            int i = 0;
            while (true)
            {
                int j = IndexOf(oldValue, i, comparisonType);
                if (j < 0) break;
                sb.Append(this, i, j - i);
                sb.Append(newValue);
                i = j + oldValue.Length;
            }
            sb.Append(this, i, _stringLength - i);
            return sb.ToString();
        }
        public string Replace(string oldValue, string newValue, bool ignoreCase, System.Globalization.CultureInfo culture) => Replace(oldValue, newValue, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public string ReplaceLineEndings() => ReplaceLineEndings("\n");
        public string ReplaceLineEndings(string replacementText)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < _stringLength; i++)
            {
                char c = this[i];
                if (c == '\r') { sb.Append(replacementText); if (i + 1 < _stringLength && this[i + 1] == '\n') i++; }
                else if (c == '\n' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') sb.Append(replacementText);
                else sb.Append(c);
            }
            return sb.ToString();
        }
        public string Trim(char trimChar) => TrimChars(new char[] { trimChar }, true, true);
        public string Trim(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? Trim() : TrimChars(trimChars, true, true);
        public string TrimStart(char trimChar) => TrimChars(new char[] { trimChar }, true, false);
        public string TrimStart(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? TrimStart() : TrimChars(trimChars, true, false);
        public string TrimEnd(char trimChar) => TrimChars(new char[] { trimChar }, false, true);
        public string TrimEnd(params char[] trimChars) => trimChars == null || trimChars.Length == 0 ? TrimEnd() : TrimChars(trimChars, false, true);
        private string TrimChars(char[] chars, bool start, bool end)
        {
            int s = 0, e = _stringLength - 1;
            if (start) while (s <= e && Array.IndexOf(chars, this[s]) >= 0) s++;
            if (end) while (e >= s && Array.IndexOf(chars, this[e]) >= 0) e--;
            return Substring(s, e - s + 1);
        }
        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex >= 0 && length >= 0 && startIndex > _stringLength - length) throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, "startIndex ('" + startIndex.ToString() + "') must be less than or equal to '" + (_stringLength - length).ToString() + "'.");
            char[] r = new char[length];
            for (int i = 0; i < length; i++) r[i] = this[startIndex + i];
            return r;
        }
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = this[sourceIndex + i];
        }
        public void CopyTo(Span<char> destination)
        {
            if (destination.Length < _stringLength) throw new ArgumentException("Destination is too short.", nameof(destination));
            for (int i = 0; i < _stringLength; i++) destination[i] = this[i];
        }
        public string ToUpper(System.Globalization.CultureInfo culture) => CaseMap(this, true);
        public string ToLower(System.Globalization.CultureInfo culture) => CaseMap(this, false);
        public static string Intern(string str) { if (str == null) throw new ArgumentNullException(nameof(str)); return InternCore(str); }
        public static string IsInterned(string str) { if (str == null) throw new ArgumentNullException(nameof(str)); return IsInternedCore(str); }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternCore(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string IsInternedCore(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string NormalizeCore(string s, int form);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int CultureCompare(string a, string b, bool ignoreCase);
        public string Normalize() => NormalizeCore(this, 1);
        public string Normalize(System.Text.NormalizationForm normalizationForm) => NormalizeCore(this, (int)normalizationForm);
        public bool IsNormalized() => Normalize() == this;
        public bool IsNormalized(System.Text.NormalizationForm normalizationForm) => Normalize(normalizationForm) == this;
        public static string Copy(string str) => new string(str.ToCharArray());
        public object Clone() => this;
        public TypeCode GetTypeCode() => TypeCode.String;
        public static string Create<TState>(int length, TState state, System.Buffers.SpanAction<char, TState> action)
        {
            char[] buf = new char[length];
            action(new Span<char>(buf), state);
            return new string(buf);
        }
        public System.Text.StringRuneEnumerator EnumerateRunes() => new System.Text.StringRuneEnumerator(this);

        public CharEnumerator GetEnumerator() => new CharEnumerator(this);
        System.Collections.Generic.IEnumerator<char> System.Collections.Generic.IEnumerable<char>.GetEnumerator() => new CharEnumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new CharEnumerator(this);
    }
    public sealed class CharEnumerator : System.Collections.Generic.IEnumerator<char>, ICloneable
    {
        private readonly string _s;
        private int _i = -1;
        internal CharEnumerator(string s) { _s = s; }
        public object Clone() => MemberwiseClone();
        public bool MoveNext() => ++_i < _s.Length;
        public char Current => _s[_i];
        object System.Collections.IEnumerator.Current => Current;
        public void Reset() { _i = -1; }
        public void Dispose() { }
    }

}
