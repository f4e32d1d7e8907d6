namespace System.Text
{
    public sealed class StringBuilder
    {
        private char[] _chars;
        private int _length;
        private readonly int _maxCapacity = int.MaxValue;

        public StringBuilder() { _chars = new char[16]; }
        public StringBuilder(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity ('" + capacity.ToString() + "') must be a non-negative value.");
            _chars = new char[capacity == 0 ? 16 : capacity];
        }
        public StringBuilder(string value) : this(value, 16) { }
        public StringBuilder(string value, int capacity)
        {
            value ??= "";
            _chars = new char[Math.Max(Math.Max(capacity, 16), value.Length)];
            Append(value);
        }
        public StringBuilder(int capacity, int maxCapacity) : this(capacity) { _maxCapacity = maxCapacity; }
        public StringBuilder(string value, int startIndex, int length, int capacity) : this(capacity) { Append(value, startIndex, length); }

        public int Length
        {
            get => _length;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Length cannot be less than zero.");
                if (value > _length) { Ensure(value); Array.Clear(_chars, _length, value - _length); }
                _length = value;
            }
        }
        public int Capacity
        {
            get => _chars.Length;
            set
            {
                if (value < _length) throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
                if (value != _chars.Length) { char[] n = new char[value]; Array.Copy(_chars, n, _length); _chars = n; }
            }
        }
        public int MaxCapacity => _maxCapacity;
        public int EnsureCapacity(int capacity) { Ensure(capacity); return _chars.Length; }
        private void Ensure(int needed)
        {
            if (needed <= _chars.Length) return;
            int n = Math.Max(needed, Math.Min(_chars.Length * 2, 0x3FFFFFDF));
            if (n < needed) n = needed;
            char[] a = new char[n];
            Array.Copy(_chars, a, _length);
            _chars = a;
        }
        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return _chars[index];
            }
            set
            {
                if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
                _chars[index] = value;
            }
        }

        public StringBuilder Append(char value)
        {
            if (_length == _chars.Length) Ensure(_length + 1);
            _chars[_length++] = value;
            return this;
        }
        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException(nameof(repeatCount), "Count cannot be less than zero.");
            Ensure(_length + repeatCount);
            for (int i = 0; i < repeatCount; i++) _chars[_length++] = value;
            return this;
        }
        public StringBuilder Append(string value)
        {
            if (value == null) return this;
            int n = value.Length;
            Ensure(_length + n);
            for (int i = 0; i < n; i++) _chars[_length + i] = value[i];
            _length += n;
            return this;
        }
        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (value == null) { if (startIndex == 0 && count == 0) return this; throw new ArgumentNullException(nameof(value)); }
            if (startIndex < 0 || count < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return Append(value.Substring(startIndex, count));
        }
        public StringBuilder Append(char[] value)
        {
            if (value == null) return this;
            Ensure(_length + value.Length);
            Array.Copy(value, 0, _chars, _length, value.Length);
            _length += value.Length;
            return this;
        }
        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (value == null) return this;
            Ensure(_length + charCount);
            Array.Copy(value, startIndex, _chars, _length, charCount);
            _length += charCount;
            return this;
        }
        public StringBuilder Append(ReadOnlySpan<char> value)
        {
            Ensure(_length + value.Length);
            for (int i = 0; i < value.Length; i++) _chars[_length + i] = value[i];
            _length += value.Length;
            return this;
        }
        public StringBuilder Append(ReadOnlyMemory<char> value) => Append(value.Span);
        public StringBuilder Append(StringBuilder value)
        {
            if (value == null) return this;
            Ensure(_length + value._length);
            Array.Copy(value._chars, 0, _chars, _length, value._length);
            _length += value._length;
            return this;
        }
        public StringBuilder Append(StringBuilder value, int startIndex, int count) => Append(value?.ToString(startIndex, count));
        public StringBuilder Append(object value) => value == null ? this : Append(value.ToString());
        public StringBuilder Append(bool value) => Append(value ? "True" : "False");
        public StringBuilder Append(sbyte value) => Append(value.ToString());
        public StringBuilder Append(byte value) => Append(value.ToString());
        public StringBuilder Append(short value) => Append(value.ToString());
        public StringBuilder Append(ushort value) => Append(value.ToString());
        public StringBuilder Append(int value) => Append(value.ToString());
        public StringBuilder Append(uint value) => Append(value.ToString());
        public StringBuilder Append(long value) => Append(value.ToString());
        public StringBuilder Append(ulong value) => Append(value.ToString());
        public StringBuilder Append(float value) => Append(value.ToString());
        public StringBuilder Append(double value) => Append(value.ToString());
        public StringBuilder Append(decimal value) => Append(value.ToString());
        public StringBuilder Append(ref AppendInterpolatedStringHandler handler) => this;
        public StringBuilder Append(IFormatProvider provider, ref AppendInterpolatedStringHandler handler) => this;
        public StringBuilder AppendLine() => Append('\n');
        public StringBuilder AppendLine(string value) { Append(value); return Append('\n'); }
        public StringBuilder AppendLine(ref AppendInterpolatedStringHandler handler) => Append('\n');
        public StringBuilder AppendFormat(string format, object arg0) => Append(string.Format(format, arg0));
        public StringBuilder AppendFormat(string format, object arg0, object arg1) => Append(string.Format(format, arg0, arg1));
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) => Append(string.Format(format, arg0, arg1, arg2));
        public StringBuilder AppendFormat(string format, params object[] args) => Append(string.Format(format, args));
        public StringBuilder AppendFormat(string format, params ReadOnlySpan<object> args) => Append(string.Format(format, args.ToArray()));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args) => Append(string.Format(format, args));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) => Append(string.Format(format, arg0));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1) => Append(string.Format(format, arg0, arg1));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2) => Append(string.Format(format, arg0, arg1, arg2));
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params ReadOnlySpan<object> args) => Append(string.Format(format, args.ToArray()));
        public StringBuilder AppendJoin(string separator, params object[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params object[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params ReadOnlySpan<string> values) => Append(string.Join(separator, values.ToArray()));
        public StringBuilder AppendJoin(string separator, params ReadOnlySpan<object> values) => Append(string.Join(separator, values.ToArray()));
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<string> values) => Append(string.Join(separator, values.ToArray()));
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<object> values) => Append(string.Join(separator, values.ToArray()));

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (string.IsNullOrEmpty(value)) return this;
            int n = value.Length;
            Ensure(_length + n);
            Array.Copy(_chars, index, _chars, index + n, _length - index);
            for (int i = 0; i < n; i++) _chars[index + i] = value[i];
            _length += n;
            return this;
        }
        public StringBuilder Insert(int index, string value, int count)
        {
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }
        public StringBuilder Insert(int index, char value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, char[] value) => Insert(index, new string(value));
        public StringBuilder Insert(int index, object value) => Insert(index, value?.ToString());
        public StringBuilder Insert(int index, bool value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, int value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, long value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, double value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, decimal value) => Insert(index, value.ToString());
        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), length, "length ('" + length.ToString() + "') must be a non-negative value.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, "startIndex ('" + startIndex.ToString() + "') must be a non-negative value.");
            if (length > _length - startIndex) throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
            _length -= length;
            return this;
        }
        public StringBuilder Clear() { _length = 0; return this; }
        public StringBuilder Replace(char oldChar, char newChar) => Replace(oldChar, newChar, 0, _length);
        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            for (int i = startIndex; i < startIndex + count; i++) if (_chars[i] == oldChar) _chars[i] = newChar;
            return this;
        }
        public StringBuilder Replace(string oldValue, string newValue) => Replace(oldValue, newValue, 0, _length);
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_length) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > _length - count) throw new ArgumentOutOfRangeException(nameof(count), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (oldValue == null) throw new ArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0) throw new ArgumentException("The value cannot be an empty string.", nameof(oldValue));
            string s = ToString();
            string head = s.Substring(0, startIndex), mid = s.Substring(startIndex, count), tail = s.Substring(startIndex + count);
            string r = head + mid.Replace(oldValue, newValue ?? "") + tail;
            _length = 0;
            Append(r);
            return this;
        }
        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb._length != _length) return false;
            for (int i = 0; i < _length; i++) if (sb._chars[i] != _chars[i]) return false;
            return true;
        }
        public bool Equals(ReadOnlySpan<char> span)
        {
            if (span.Length != _length) return false;
            for (int i = 0; i < _length; i++) if (span[i] != _chars[i]) return false;
            return true;
        }
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) => Array.Copy(_chars, sourceIndex, destination, destinationIndex, count);
        public void CopyTo(int sourceIndex, Span<char> destination, int count) { for (int i = 0; i < count; i++) destination[i] = _chars[sourceIndex + i]; }
        public override string ToString() => new string(_chars, 0, _length);
        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (startIndex > _length) throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), "Length cannot be less than zero.");
            if (startIndex > _length - length) throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
            return new string(_chars, startIndex, length);
        }

        [System.Runtime.CompilerServices.InterpolatedStringHandler]
        public struct AppendInterpolatedStringHandler
        {
            private readonly StringBuilder _sb;
            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder) { _sb = stringBuilder; }
            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder, IFormatProvider provider) { _sb = stringBuilder; }
            public void AppendLiteral(string value) => _sb.Append(value);
            public void AppendFormatted<T>(T value) => _sb.Append(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.FormatValue(value, null));
            public void AppendFormatted<T>(T value, string format) => _sb.Append(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.FormatValue(value, format));
            public void AppendFormatted<T>(T value, int alignment) => _sb.Append(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.Pad(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.FormatValue(value, null), alignment));
            public void AppendFormatted<T>(T value, int alignment, string format) => _sb.Append(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.Pad(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.FormatValue(value, format), alignment));
            public void AppendFormatted(ReadOnlySpan<char> value) => _sb.Append(value);
            public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null) => _sb.Append(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.Pad(new string(value), alignment));
            public void AppendFormatted(string value) => _sb.Append(value);
            public void AppendFormatted(string value, int alignment = 0, string format = null) => _sb.Append(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.Pad(value, alignment));
            public void AppendFormatted(object value, int alignment = 0, string format = null) => _sb.Append(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.Pad(System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.FormatValue(value, format), alignment));
        }
    }
}
