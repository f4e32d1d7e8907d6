namespace System.Runtime.CompilerServices
{
    public static class RuntimeHelpers
    {
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern int GetHashCode(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool ValueTypeEquals(object a, object b);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ValueTypeHashCode(object a);
        // Whether a boxed struct's default Equals may compare its bytes: no references, no float or
        // double fields, no field of a struct type that overrides Equals (recursively), no padding.
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool CanCompareBits(object a);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ValueTypeFieldCount(object a);
        // The i-th instance field of a boxed struct: the reference, or the value boxed.
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object ValueTypeField(object a, int i);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsReferenceOrContainsReferences<T>();
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void RunClassConstructor(RuntimeTypeHandle type);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle);
        public static new bool ReferenceEquals(object a, object b) => a == b;
        public static int OffsetToStringData => 12;
        public static void EnsureSufficientExecutionStack() { }
        public static bool TryEnsureSufficientExecutionStack() => true;
        public static T[] GetSubArray<T>(T[] array, Range range)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            (int offset, int length) = range.GetOffsetAndLength(array.Length);
            T[] dest = new T[length];
            Array.Copy(array, offset, dest, 0, length);
            return dest;
        }
        public static object GetUninitializedObject(Type type) => Activator.CreateInstance(type);
        public static void PrepareConstrainedRegions() { }
    }

    /// <summary>Builds the string of an interpolated string ($"..."), as Roslyn lowers it.</summary>
    [InterpolatedStringHandler]
    public ref struct DefaultInterpolatedStringHandler
    {
        private char[] _chars;
        private int _pos;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _chars = new char[literalLength + formattedCount * 11 + 8];
            _pos = 0;
        }
        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider) : this(literalLength, formattedCount) { }
        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider, Span<char> initialBuffer) : this(literalLength, formattedCount) { }

        private void Grow(int extra)
        {
            int size = _chars.Length * 2;
            if (size < _pos + extra) size = _pos + extra;
            char[] n = new char[size];
            Array.Copy(_chars, n, _pos);
            _chars = n;
        }
        public void AppendLiteral(string value)
        {
            if (value == null) return;
            if (_pos + value.Length > _chars.Length) Grow(value.Length);
            for (int i = 0; i < value.Length; i++) _chars[_pos++] = value[i];
        }
        private void AppendPadded(string s, int alignment) => AppendLiteral(Pad(s, alignment));
        internal static string Pad(string s, int alignment)
        {
            s = s ?? "";
            int pad = (alignment < 0 ? -alignment : alignment) - s.Length;
            if (pad <= 0) return s;
            return alignment > 0 ? new string(' ', pad) + s : s + new string(' ', pad);
        }
        internal static string FormatValue<T>(T value, string format)
        {
            if (value is IFormattable f) return f.ToString(format, null);
            return value?.ToString();
        }
        public void AppendFormatted<T>(T value) => AppendLiteral(FormatValue(value, null));
        public void AppendFormatted<T>(T value, string format) => AppendLiteral(FormatValue(value, format));
        public void AppendFormatted<T>(T value, int alignment) => AppendPadded(FormatValue(value, null), alignment);
        public void AppendFormatted<T>(T value, int alignment, string format) => AppendPadded(FormatValue(value, format), alignment);
        public void AppendFormatted(string value) => AppendLiteral(value);
        public void AppendFormatted(string value, int alignment = 0, string format = null) => AppendPadded(value, alignment);
        public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendPadded(FormatValue(value, format), alignment);
        public void AppendFormatted(ReadOnlySpan<char> value) => AppendLiteral(new string(value));
        public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null) => AppendPadded(new string(value), alignment);
        public ReadOnlySpan<char> Text => new ReadOnlySpan<char>(_chars, 0, _pos);
        public void Clear() { _chars = null; _pos = 0; }
        public override string ToString() => new string(_chars, 0, _pos);
        public string ToStringAndClear()
        {
            string s = new string(_chars, 0, _pos);
            _chars = null;
            _pos = 0;
            return s;
        }
    }
}
