using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Runtime.CompilerServices
{
    [InlineArray(2)] public struct InlineArray2<T> { private T t; }
    [InlineArray(3)] public struct InlineArray3<T> { private T t; }
    [InlineArray(4)] public struct InlineArray4<T> { private T t; }
    [InlineArray(5)] public struct InlineArray5<T> { private T t; }
    [InlineArray(6)] public struct InlineArray6<T> { private T t; }
    [InlineArray(7)] public struct InlineArray7<T> { private T t; }
    [InlineArray(8)] public struct InlineArray8<T> { private T t; }
    [InlineArray(9)] public struct InlineArray9<T> { private T t; }
    [InlineArray(10)] public struct InlineArray10<T> { private T t; }
    [InlineArray(11)] public struct InlineArray11<T> { private T t; }
    [InlineArray(12)] public struct InlineArray12<T> { private T t; }
    [InlineArray(13)] public struct InlineArray13<T> { private T t; }
    [InlineArray(14)] public struct InlineArray14<T> { private T t; }
    [InlineArray(15)] public struct InlineArray15<T> { private T t; }
    [InlineArray(16)] public struct InlineArray16<T> { private T t; }
}

namespace System
{
    public readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;
        public Index(int value, bool fromEnd = false)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Non-negative number required.");
            _value = fromEnd ? ~value : value;
        }
        private Index(int value) { _value = value; }
        public static Index Start => new Index(0);
        public static Index End => new Index(~0);
        public static Index FromStart(int value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Non-negative number required."); return new Index(value); }
        public static Index FromEnd(int value) { if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Non-negative number required."); return new Index(~value); }
        public int Value => _value < 0 ? ~_value : _value;
        public bool IsFromEnd => _value < 0;
        public int GetOffset(int length) { int offset = _value; if (IsFromEnd) offset += length + 1; return offset; }
        public override bool Equals(object value) => value is Index i && _value == i._value;
        public bool Equals(Index other) => _value == other._value;
        public override int GetHashCode() => _value;
        public static implicit operator Index(int value) => FromStart(value);
        public override string ToString() => IsFromEnd ? "^" + ((uint)Value).ToString() : ((uint)_value).ToString();
    }

    public readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }
        public Range(Index start, Index end) { Start = start; End = end; }
        public override bool Equals(object value) => value is Range r && r.Start.Equals(Start) && r.End.Equals(End);
        public bool Equals(Range other) => other.Start.Equals(Start) && other.End.Equals(End);
        public override int GetHashCode() => Start.GetHashCode() * 31 + End.GetHashCode();
        public override string ToString() => Start.ToString() + ".." + End.ToString();
        public static Range StartAt(Index start) => new Range(start, Index.End);
        public static Range EndAt(Index end) => new Range(Index.Start, end);
        public static Range All => new Range(Index.Start, Index.End);
        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end) throw new ArgumentOutOfRangeException(nameof(length), "Specified argument was out of the range of valid values.");
            return (start, end - start);
        }
    }

    public readonly struct Memory<T>
    {
        private readonly T[] _array; private readonly int _start; private readonly int _length;
        public Memory(T[] array)
        {
            if (array != null && default(T) == null && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException(); // a string[] seen as object[]
            _array = array; _start = 0; _length = array == null ? 0 : array.Length;
        }
        public Memory(T[] array, int start, int length)
        {
            if (array == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException(); this = default; return; }
            if (default(T) == null && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException();
            if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start)) throw new ArgumentOutOfRangeException();
            _array = array; _start = start; _length = length;
        }
        public int Length => _length;
        public bool IsEmpty => _length == 0;
        public Span<T> Span => _array == null ? default : new Span<T>(_array, _start, _length);
        public Memory<T> Slice(int start) => new Memory<T>(_array, _start + start, _length - start);
        public Memory<T> Slice(int start, int length) => new Memory<T>(_array, _start + start, length);
        public T[] ToArray() => Span.ToArray();
        public void CopyTo(Memory<T> destination) => Span.CopyTo(destination.Span);
        public static Memory<T> Empty => default;
        public static implicit operator Memory<T>(T[] array) => new Memory<T>(array);
        public static implicit operator ReadOnlyMemory<T>(Memory<T> memory) => new ReadOnlyMemory<T>(memory._array, memory._start, memory._length);
        public override string ToString() => typeof(T) == typeof(char) ? Span.ToString() : "System.Memory<" + typeof(T).Name + ">[" + _length.ToString() + "]";
    }

    public readonly struct ReadOnlyMemory<T>
    {
        private readonly T[] _array; private readonly int _start; private readonly int _length;
        public ReadOnlyMemory(T[] array) { _array = array; _start = 0; _length = array == null ? 0 : array.Length; }
        public ReadOnlyMemory(T[] array, int start, int length)
        {
            if (array == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException(); this = default; return; }
            if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start)) throw new ArgumentOutOfRangeException();
            _array = array; _start = start; _length = length;
        }
        public int Length => _length;
        public bool IsEmpty => _length == 0;
        public ReadOnlySpan<T> Span => _array == null ? default : new ReadOnlySpan<T>(_array, _start, _length);
        public ReadOnlyMemory<T> Slice(int start) => new ReadOnlyMemory<T>(_array, _start + start, _length - start);
        public ReadOnlyMemory<T> Slice(int start, int length) => new ReadOnlyMemory<T>(_array, _start + start, length);
        public T[] ToArray() => Span.ToArray();
        public static ReadOnlyMemory<T> Empty => default;
        public static implicit operator ReadOnlyMemory<T>(T[] array) => new ReadOnlyMemory<T>(array);
        public override string ToString() => typeof(T) == typeof(char) ? Span.ToString() : "System.ReadOnlyMemory<" + typeof(T).Name + ">[" + _length.ToString() + "]";
    }

    public static class MemoryExtensions
    {
        public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);
        public static Span<T> AsSpan<T>(this T[] array, int start) => new Span<T>(array, start, (array == null ? 0 : array.Length) - start);
        public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);
        public static Span<T> AsSpan<T>(this T[] array, Index startIndex) { int s = startIndex.GetOffset(array.Length); return new Span<T>(array, s, array.Length - s); }
        public static Span<T> AsSpan<T>(this T[] array, Range range) { var (o, l) = range.GetOffsetAndLength(array.Length); return new Span<T>(array, o, l); }
        public static Memory<T> AsMemory<T>(this T[] array) => new Memory<T>(array);
        public static Memory<T> AsMemory<T>(this T[] array, int start, int length) => new Memory<T>(array, start, length);
        public static ReadOnlySpan<char> AsSpan(this string text) => string.AsSpanCore(text);
        public static ReadOnlySpan<char> AsSpan(this string text, int start)
        {
            if (text == null) { if (start != 0) throw new ArgumentOutOfRangeException(nameof(start)); return default; }
            if ((uint)start > (uint)text.Length) throw new ArgumentOutOfRangeException(nameof(start), "Specified argument was out of the range of valid values.");
            return string.AsSpanCore(text).Slice(start);
        }
        public static ReadOnlySpan<char> AsSpan(this string text, int start, int length)
        {
            if (text == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException(nameof(start)); return default; }
            if ((uint)start > (uint)text.Length || (uint)length > (uint)(text.Length - start)) throw new ArgumentOutOfRangeException(nameof(start), "Specified argument was out of the range of valid values.");
            return string.AsSpanCore(text).Slice(start, length);
        }
        public static ReadOnlyMemory<char> AsMemory(this string text) => new ReadOnlyMemory<char>(text == null ? null : text.ToCharArray());

        public static int IndexOf<T>(this Span<T> span, T value) => IndexOf((ReadOnlySpan<T>)span, value);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value)) return i;
            return -1;
        }
        public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = 0; i + value.Length <= span.Length; i++)
            {
                int j = 0;
                while (j < value.Length && c.Equals(span[i + j], value[j])) j++;
                if (j == value.Length) return i;
            }
            return -1;
        }
        public static int IndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) => IndexOf((ReadOnlySpan<T>)span, value);
        public static int LastIndexOf<T>(this Span<T> span, T value) => LastIndexOf((ReadOnlySpan<T>)span, value);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = span.Length - 1; i >= 0; i--) if (c.Equals(span[i], value)) return i;
            return -1;
        }
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value0) || c.Equals(span[i], value1)) return i;
            return -1;
        }
        public static int IndexOfAny<T>(this Span<T> span, T value0, T value1) => IndexOfAny((ReadOnlySpan<T>)span, value0, value1);
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value0) || c.Equals(span[i], value1) || c.Equals(span[i], value2)) return i;
            return -1;
        }
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values)
        {
            for (int i = 0; i < span.Length; i++) if (IndexOf(values, span[i]) >= 0) return i;
            return -1;
        }
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (!c.Equals(span[i], value)) return i;
            return -1;
        }
        public static int IndexOfAnyExcept<T>(this Span<T> span, T value) => IndexOfAnyExcept((ReadOnlySpan<T>)span, value);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values)
        {
            for (int i = 0; i < span.Length; i++) if (IndexOf(values, span[i]) < 0) return i;
            return -1;
        }
        public static int IndexOfAnyExcept<T>(this Span<T> span, ReadOnlySpan<T> values) => IndexOfAnyExcept((ReadOnlySpan<T>)span, values);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = span.Length - 1; i >= 0; i--) if (!c.Equals(span[i], value)) return i;
            return -1;
        }
        public static int LastIndexOfAnyExcept<T>(this Span<T> span, T value) => LastIndexOfAnyExcept((ReadOnlySpan<T>)span, value);
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value) => IndexOfAnyExcept(span, value) >= 0;
        public static bool ContainsAnyExcept<T>(this Span<T> span, T value) => IndexOfAnyExcept((ReadOnlySpan<T>)span, value) >= 0;
        public static bool Contains<T>(this ReadOnlySpan<T> span, T value) => IndexOf(span, value) >= 0;
        public static bool Contains<T>(this Span<T> span, T value) => IndexOf((ReadOnlySpan<T>)span, value) >= 0;
        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other)
        {
            if (span.Length != other.Length) return false;
            var c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (!c.Equals(span[i], other[i])) return false;
            return true;
        }
        public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other) => SequenceEqual((ReadOnlySpan<T>)span, other);
        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other)
        {
            int n = Math.Min(span.Length, other.Length);
            var c = Comparer<T>.Default;
            for (int i = 0; i < n; i++) { int r = c.Compare(span[i], other[i]); if (r != 0) return r; }
            return span.Length.CompareTo(other.Length);
        }
        public static int SequenceCompareTo<T>(this Span<T> span, ReadOnlySpan<T> other) => SequenceCompareTo((ReadOnlySpan<T>)span, other);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) => value.Length <= span.Length && SequenceEqual(span.Slice(0, value.Length), value);
        public static bool StartsWith<T>(this Span<T> span, ReadOnlySpan<T> value) => StartsWith((ReadOnlySpan<T>)span, value);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) => value.Length <= span.Length && SequenceEqual(span.Slice(span.Length - value.Length), value);
        public static bool StartsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) => new string(span).StartsWith(new string(value), comparisonType);
        public static bool EndsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) => new string(span).EndsWith(new string(value), comparisonType);
        public static int IndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) => new string(span).IndexOf(new string(value), comparisonType);
        public static bool Contains(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) => new string(span).Contains(new string(value), comparisonType);
        public static bool Equals(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) => string.Equals(new string(span), new string(other), comparisonType);
        public static void Reverse<T>(this Span<T> span)
        {
            for (int i = 0, j = span.Length - 1; i < j; i++, j--) { T t = span[i]; span[i] = span[j]; span[j] = t; }
        }
        public static void Sort<T>(this Span<T> span)
        {
            T[] a = span.ToArray();
            Array.Sort(a);
            for (int i = 0; i < a.Length; i++) span[i] = a[i];
        }
        public static void Sort<T>(this Span<T> span, Comparison<T> comparison)
        {
            T[] a = span.ToArray();
            Array.Sort(a, comparison);
            for (int i = 0; i < a.Length; i++) span[i] = a[i];
        }
        public static int BinarySearch<T, TComparable>(this ReadOnlySpan<T> span, TComparable comparable) where TComparable : IComparable<T>
        {
            int lo = 0, hi = span.Length - 1;
            while (lo <= hi)
            {
                int i = (int)(((uint)hi + (uint)lo) >> 1);
                int c = comparable.CompareTo(span[i]);
                if (c == 0) return i;
                if (c > 0) lo = i + 1; else hi = i - 1;
            }
            return ~lo;
        }
        public static int BinarySearch<T>(this ReadOnlySpan<T> span, IComparable<T> comparable) => BinarySearch<T, IComparable<T>>(span, comparable);
        public static int BinarySearch<T>(this Span<T> span, IComparable<T> comparable) => BinarySearch<T, IComparable<T>>(span, comparable);
        public static void Fill<T>(this Span<T> span, T value) => span.Fill(value);
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span)
        {
            int s = 0, e = span.Length - 1;
            while (s <= e && char.IsWhiteSpace(span[s])) s++;
            while (e >= s && char.IsWhiteSpace(span[e])) e--;
            return span.Slice(s, e - s + 1);
        }
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span)
        {
            int s = 0;
            while (s < span.Length && char.IsWhiteSpace(span[s])) s++;
            return span.Slice(s);
        }
        public static ReadOnlySpan<T> TrimStart<T>(this ReadOnlySpan<T> span, T trimElement)
        {
            var c = EqualityComparer<T>.Default;
            int s = 0;
            while (s < span.Length && c.Equals(span[s], trimElement)) s++;
            return span.Slice(s);
        }
        public static ReadOnlySpan<T> TrimEnd<T>(this ReadOnlySpan<T> span, T trimElement)
        {
            var c = EqualityComparer<T>.Default;
            int e = span.Length - 1;
            while (e >= 0 && c.Equals(span[e], trimElement)) e--;
            return span.Slice(0, e + 1);
        }
        public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, T trimElement) => TrimEnd(TrimStart(span, trimElement), trimElement);
        public static Span<T> TrimStart<T>(this Span<T> span, T trimElement) => span.Slice(span.Length - TrimStart((ReadOnlySpan<T>)span, trimElement).Length);
        public static Span<T> TrimEnd<T>(this Span<T> span, T trimElement) => span.Slice(0, TrimEnd((ReadOnlySpan<T>)span, trimElement).Length);
        public static Span<T> Trim<T>(this Span<T> span, T trimElement) => TrimEnd(TrimStart(span, trimElement), trimElement);
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, char trimChar) => TrimStart<char>(span, trimChar);
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, char trimChar) => TrimEnd<char>(span, trimChar);
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, char trimChar) => Trim<char>(span, trimChar);
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span)
        {
            int e = span.Length - 1;
            while (e >= 0 && char.IsWhiteSpace(span[e])) e--;
            return span.Slice(0, e + 1);
        }
        public static int Count<T>(this ReadOnlySpan<T> span, T value)
        {
            var c = EqualityComparer<T>.Default;
            int n = 0;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value)) n++;
            return n;
        }
        public static SpanSplitEnumerator<T> Split<T>(this ReadOnlySpan<T> source, T separator) where T : IEquatable<T> => new SpanSplitEnumerator<T>(source, separator);

        public ref struct SpanSplitEnumerator<T> : System.Collections.Generic.IEnumerator<Range> where T : IEquatable<T>
        {
            private readonly ReadOnlySpan<T> _source;
            private readonly T _separator;
            private int _start;
            private int _end;
            private int _next;
            private bool _done;
            internal SpanSplitEnumerator(ReadOnlySpan<T> source, T separator) { _source = source; _separator = separator; _start = 0; _end = 0; _next = 0; _done = false; }
            public SpanSplitEnumerator<T> GetEnumerator() => this;
            public Range Current => new Range(_start, _end);
            object System.Collections.IEnumerator.Current => Current;
            void System.Collections.IEnumerator.Reset() { _next = 0; _done = false; }
            public void Dispose() { }
            public bool MoveNext()
            {
                if (_done) return false;
                _start = _next;
                int i = _start;
                while (i < _source.Length && !_source[i].Equals(_separator)) i++;
                _end = i;
                if (i >= _source.Length) _done = true;
                else _next = i + 1;
                return true;
            }
        }
    }
}

namespace System.Runtime.InteropServices
{
    public static class MemoryMarshal
    {
        public static Span<T> CreateSpan<T>(ref T reference, int length) => new Span<T>(ref reference, length);
        public static ReadOnlySpan<T> CreateReadOnlySpan<T>(ref readonly T reference, int length) => new ReadOnlySpan<T>(ref Unsafe.AsRef(in reference), length);
        public static ref T GetReference<T>(Span<T> span) => ref span._reference;
        public static ref T GetReference<T>(ReadOnlySpan<T> span) => ref span._reference;
        public static ref T GetArrayDataReference<T>(T[] array) => ref MemoryMarshalHelpers.ArrayData(array);
        public static Span<byte> AsBytes<T>(Span<T> span) where T : struct => new Span<byte>(ref Unsafe.As<T, byte>(ref span._reference), span.Length * Unsafe.SizeOf<T>());
        public static ReadOnlySpan<byte> AsBytes<T>(ReadOnlySpan<T> span) where T : struct => new ReadOnlySpan<byte>(ref Unsafe.As<T, byte>(ref span._reference), span.Length * Unsafe.SizeOf<T>());
        public static Span<TTo> Cast<TFrom, TTo>(Span<TFrom> span) where TFrom : struct where TTo : struct
            => new Span<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), (int)((long)span.Length * Unsafe.SizeOf<TFrom>() / Unsafe.SizeOf<TTo>()));
        public static ReadOnlySpan<TTo> Cast<TFrom, TTo>(ReadOnlySpan<TFrom> span) where TFrom : struct where TTo : struct
            => new ReadOnlySpan<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), (int)((long)span.Length * Unsafe.SizeOf<TFrom>() / Unsafe.SizeOf<TTo>()));
        public static T Read<T>(ReadOnlySpan<byte> source) where T : struct => Unsafe.As<byte, T>(ref source._reference);
        public static void Write<T>(Span<byte> destination, in T value) where T : struct => Unsafe.As<byte, T>(ref destination._reference) = value;
    }

    public static class CollectionsMarshal
    {
        public static ref TValue GetValueRefOrNullRef<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key) => ref dictionary.FindValueRef(key);
        public static ref TValue GetValueRefOrAddDefault<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key, out bool exists) => ref dictionary.ValueRefOrAddDefault(key, out exists);
        public static Span<T> AsSpan<T>(List<T> list) => list == null ? default : new Span<T>(list._items, 0, list._size);
        public static void SetCount<T>(List<T> list, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            list._version++;
            if (count > list.Capacity) list.Grow(count);
            else if (count < list._size) Array.Clear(list._items, count, list._size - count);
            list._size = count;
        }
    }
}

namespace System.Buffers.Binary
{
    public static class BinaryPrimitives
    {
        public static short ReverseEndianness(short value) => (short)ReverseEndianness((ushort)value);
        public static ushort ReverseEndianness(ushort value) => (ushort)((value >> 8) | (value << 8));
        public static int ReverseEndianness(int value) => (int)ReverseEndianness((uint)value);
        public static uint ReverseEndianness(uint value) => (value >> 24) | ((value >> 8) & 0xFF00) | ((value << 8) & 0xFF0000) | (value << 24);
        public static long ReverseEndianness(long value) => (long)ReverseEndianness((ulong)value);
        public static ulong ReverseEndianness(ulong value) => ((ulong)ReverseEndianness((uint)value) << 32) | ReverseEndianness((uint)(value >> 32));
        public static byte ReverseEndianness(byte value) => value;
        private static void Need(int have, int need) { if (have < need) throw new ArgumentOutOfRangeException("length", "Specified argument was out of the range of valid values."); }
        public static int ReadInt32LittleEndian(ReadOnlySpan<byte> s) { Need(s.Length, 4); return s[0] | (s[1] << 8) | (s[2] << 16) | (s[3] << 24); }
        public static int ReadInt32BigEndian(ReadOnlySpan<byte> s) { Need(s.Length, 4); return s[3] | (s[2] << 8) | (s[1] << 16) | (s[0] << 24); }
        public static uint ReadUInt32LittleEndian(ReadOnlySpan<byte> s) => (uint)ReadInt32LittleEndian(s);
        public static uint ReadUInt32BigEndian(ReadOnlySpan<byte> s) => (uint)ReadInt32BigEndian(s);
        public static short ReadInt16LittleEndian(ReadOnlySpan<byte> s) { Need(s.Length, 2); return (short)(s[0] | (s[1] << 8)); }
        public static short ReadInt16BigEndian(ReadOnlySpan<byte> s) { Need(s.Length, 2); return (short)(s[1] | (s[0] << 8)); }
        public static ushort ReadUInt16LittleEndian(ReadOnlySpan<byte> s) => (ushort)ReadInt16LittleEndian(s);
        public static ushort ReadUInt16BigEndian(ReadOnlySpan<byte> s) => (ushort)ReadInt16BigEndian(s);
        public static long ReadInt64LittleEndian(ReadOnlySpan<byte> s) { Need(s.Length, 8); return (long)(uint)ReadInt32LittleEndian(s) | ((long)ReadInt32LittleEndian(s.Slice(4)) << 32); }
        public static long ReadInt64BigEndian(ReadOnlySpan<byte> s) { Need(s.Length, 8); return (long)(uint)ReadInt32BigEndian(s.Slice(4)) | ((long)ReadInt32BigEndian(s) << 32); }
        public static void WriteInt16LittleEndian(Span<byte> d, short v) { Need(d.Length, 2); d[0] = (byte)v; d[1] = (byte)(v >> 8); }
        public static void WriteInt16BigEndian(Span<byte> d, short v) { Need(d.Length, 2); d[1] = (byte)v; d[0] = (byte)(v >> 8); }
        public static void WriteUInt16LittleEndian(Span<byte> d, ushort v) => WriteInt16LittleEndian(d, (short)v);
        public static void WriteUInt16BigEndian(Span<byte> d, ushort v) => WriteInt16BigEndian(d, (short)v);
        public static void WriteInt32LittleEndian(Span<byte> d, int v) { Need(d.Length, 4); d[0] = (byte)v; d[1] = (byte)(v >> 8); d[2] = (byte)(v >> 16); d[3] = (byte)(v >> 24); }
        public static void WriteInt32BigEndian(Span<byte> d, int v) { Need(d.Length, 4); d[3] = (byte)v; d[2] = (byte)(v >> 8); d[1] = (byte)(v >> 16); d[0] = (byte)(v >> 24); }
        public static void WriteUInt32LittleEndian(Span<byte> d, uint v) => WriteInt32LittleEndian(d, (int)v);
        public static void WriteUInt32BigEndian(Span<byte> d, uint v) => WriteInt32BigEndian(d, (int)v);
        public static void WriteInt64LittleEndian(Span<byte> d, long v) { WriteInt32LittleEndian(d, (int)v); WriteInt32LittleEndian(d.Slice(4), (int)(v >> 32)); }
        public static void WriteInt64BigEndian(Span<byte> d, long v) { WriteInt32BigEndian(d.Slice(4), (int)v); WriteInt32BigEndian(d, (int)(v >> 32)); }
    }
}

namespace System
{
    public readonly struct ArraySegment<T> : System.Collections.Generic.IList<T>, System.Collections.Generic.IReadOnlyList<T>
    {
        private readonly T[] _array; private readonly int _offset; private readonly int _count;
        public ArraySegment(T[] array) { _array = array ?? throw new ArgumentNullException(nameof(array)); _offset = 0; _count = array.Length; }
        public ArraySegment(T[] array, int offset, int count)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (offset < 0) throw new ArgumentOutOfRangeException(nameof(offset), "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            if (array.Length - offset < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            _array = array; _offset = offset; _count = count;
        }
        public T[] Array => _array;
        public int Offset => _offset;
        public int Count => _count;
        public T this[int index] { get { if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index)); return _array[_offset + index]; } set { if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index)); _array[_offset + index] = value; } }
        public T[] ToArray() { T[] r = new T[_count]; if (_count > 0) System.Array.Copy(_array, _offset, r, 0, _count); return r; }
        public ArraySegment<T> Slice(int index) => new ArraySegment<T>(_array, _offset + index, _count - index);
        public ArraySegment<T> Slice(int index, int count) => new ArraySegment<T>(_array, _offset + index, count);
        public int IndexOf(T item) { int i = System.Array.IndexOf(_array, item, _offset, _count); return i >= 0 ? i - _offset : -1; }
        public bool Contains(T item) => IndexOf(item) >= 0;
        public void CopyTo(T[] destination, int destinationIndex) => System.Array.Copy(_array, _offset, destination, destinationIndex, _count);
        bool System.Collections.Generic.ICollection<T>.IsReadOnly => true;
        void System.Collections.Generic.ICollection<T>.Add(T item) => throw new NotSupportedException();
        void System.Collections.Generic.ICollection<T>.Clear() => throw new NotSupportedException();
        bool System.Collections.Generic.ICollection<T>.Remove(T item) => throw new NotSupportedException();
        void System.Collections.Generic.IList<T>.Insert(int index, T item) => throw new NotSupportedException();
        void System.Collections.Generic.IList<T>.RemoveAt(int index) => throw new NotSupportedException();
        public System.Collections.Generic.IEnumerator<T> GetEnumerator() { for (int i = 0; i < _count; i++) yield return _array[_offset + i]; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public static implicit operator ArraySegment<T>(T[] array) => new ArraySegment<T>(array);
    }
}
