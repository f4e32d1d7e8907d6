using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>A view of contiguous memory: a managed byref plus a length (byrefs are linear addresses).</summary>

    public readonly ref struct Span<T>
    {
        internal readonly ref T _reference;
        private readonly int _length;

        public Span(T[] array)
        {
            if (array == null) { this = default; return; }
            if (default(T) == null && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException(); // a string[] seen as object[]
            _reference = ref MemoryMarshalHelpers.ArrayData(array);
            _length = array.Length;
        }
        public Span(T[] array, int start, int length)
        {
            if (array == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException(); this = default; return; }
            if (default(T) == null && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException();
            if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start)) throw new ArgumentOutOfRangeException();
            _reference = ref Unsafe.Add(ref MemoryMarshalHelpers.ArrayData(array), start);
            _length = length;
        }
        public Span(ref T reference) { _reference = ref reference; _length = 1; }
        internal Span(ref T reference, int length) { _reference = ref reference; _length = length; }
        public unsafe Span(void* pointer, int length) { _reference = ref Unsafe.AsRef<T>(pointer); _length = length; }

        public int Length => _length;
        public bool IsEmpty => _length == 0;
        public ref T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return ref Unsafe.Add(ref _reference, index);
            }
        }
        public ref T GetPinnableReference() => ref _reference;
        public Span<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) throw new ArgumentOutOfRangeException();
            return new Span<T>(ref Unsafe.Add(ref _reference, start), _length - start);
        }
        public Span<T> Slice(int start, int length)
        {
            if ((uint)start > (uint)_length || (uint)length > (uint)(_length - start)) throw new ArgumentOutOfRangeException();
            return new Span<T>(ref Unsafe.Add(ref _reference, start), length);
        }
        public void Fill(T value) { for (int i = 0; i < _length; i++) Unsafe.Add(ref _reference, i) = value; }
        public void Clear() { for (int i = 0; i < _length; i++) Unsafe.Add(ref _reference, i) = default; }
        public T[] ToArray()
        {
            T[] a = new T[_length];
            for (int i = 0; i < _length; i++) a[i] = Unsafe.Add(ref _reference, i);
            return a;
        }
        public void CopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) throw new ArgumentException("Destination is too short.", nameof(destination));
            Buffer.Memmove(ref Unsafe.As<T, byte>(ref destination._reference), ref Unsafe.As<T, byte>(ref _reference), _length * Unsafe.SizeOf<T>());
        }
        public bool TryCopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) return false;
            CopyTo(destination);
            return true;
        }
        public static bool operator ==(Span<T> left, Span<T> right) => left._length == right._length && Unsafe.AreSame(ref left._reference, ref right._reference);
        public static bool operator !=(Span<T> left, Span<T> right) => !(left == right);
        public static implicit operator Span<T>(ArraySegment<T> segment) => new Span<T>(segment.Array, segment.Offset, segment.Count);
#pragma warning disable CS0809
        [Obsolete] public override bool Equals(object obj) => throw new NotSupportedException("Equals() on Span and ReadOnlySpan is not supported. Use operator== instead.");
        [Obsolete] public override int GetHashCode() => throw new NotSupportedException("GetHashCode() on Span and ReadOnlySpan is not supported.");
#pragma warning restore CS0809
        public static implicit operator Span<T>(T[] array) => new Span<T>(array);
        public static implicit operator ReadOnlySpan<T>(Span<T> span) => new ReadOnlySpan<T>(ref span._reference, span._length);
        public Enumerator GetEnumerator() => new Enumerator(this);
        public override string ToString() => typeof(T) == typeof(char) ? new string(new ReadOnlySpan<char>(ref Unsafe.As<T, char>(ref _reference), _length)) : "System.Span<" + typeof(T).Name + ">[" + _length.ToString() + "]";
        public static Span<T> Empty => default;

        public ref struct Enumerator
        {
            private readonly Span<T> _span; private int _index;
            internal Enumerator(Span<T> span) { _span = span; _index = -1; }
            public bool MoveNext() => ++_index < _span.Length;
            public ref T Current => ref _span[_index];
        }
    }


    public readonly ref struct ReadOnlySpan<T>
    {
        internal readonly ref T _reference;
        private readonly int _length;

        public ReadOnlySpan(T[] array)
        {
            if (array == null) { this = default; return; }
            _reference = ref MemoryMarshalHelpers.ArrayData(array);
            _length = array.Length;
        }
        public ReadOnlySpan(T[] array, int start, int length)
        {
            if (array == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException(); this = default; return; }
            if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start)) throw new ArgumentOutOfRangeException();
            _reference = ref Unsafe.Add(ref MemoryMarshalHelpers.ArrayData(array), start);
            _length = length;
        }
        public ReadOnlySpan(ref readonly T reference) { _reference = ref Unsafe.AsRef(in reference); _length = 1; }
        internal ReadOnlySpan(ref T reference, int length) { _reference = ref reference; _length = length; }
        public unsafe ReadOnlySpan(void* pointer, int length) { _reference = ref Unsafe.AsRef<T>(pointer); _length = length; }

        public int Length => _length;
        public bool IsEmpty => _length == 0;
        public ref readonly T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return ref Unsafe.Add(ref _reference, index);
            }
        }
        public ref readonly T GetPinnableReference() => ref _reference;
        public ReadOnlySpan<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) throw new ArgumentOutOfRangeException();
            return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, start), _length - start);
        }
        public ReadOnlySpan<T> Slice(int start, int length)
        {
            if ((uint)start > (uint)_length || (uint)length > (uint)(_length - start)) throw new ArgumentOutOfRangeException();
            return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, start), length);
        }
        public T[] ToArray()
        {
            T[] a = new T[_length];
            for (int i = 0; i < _length; i++) a[i] = Unsafe.Add(ref _reference, i);
            return a;
        }
        public void CopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) throw new ArgumentException("Destination is too short.", nameof(destination));
            Buffer.Memmove(ref Unsafe.As<T, byte>(ref destination._reference), ref Unsafe.As<T, byte>(ref _reference), _length * Unsafe.SizeOf<T>());
        }
        public bool TryCopyTo(Span<T> destination)
        {
            if ((uint)_length > (uint)destination.Length) return false;
            CopyTo(destination);
            return true;
        }
        public static bool operator ==(ReadOnlySpan<T> left, ReadOnlySpan<T> right) => left._length == right._length && Unsafe.AreSame(ref left._reference, ref right._reference);
        public static bool operator !=(ReadOnlySpan<T> left, ReadOnlySpan<T> right) => !(left == right);
#pragma warning disable CS0809
        [Obsolete] public override bool Equals(object obj) => throw new NotSupportedException("Equals() on Span and ReadOnlySpan is not supported. Use operator== instead.");
        [Obsolete] public override int GetHashCode() => throw new NotSupportedException("GetHashCode() on Span and ReadOnlySpan is not supported.");
#pragma warning restore CS0809
        public static implicit operator ReadOnlySpan<T>(T[] array) => new ReadOnlySpan<T>(array);
        public Enumerator GetEnumerator() => new Enumerator(this);
        public override string ToString() => typeof(T) == typeof(char) ? new string(new ReadOnlySpan<char>(ref Unsafe.As<T, char>(ref _reference), _length)) : "System.ReadOnlySpan<" + typeof(T).Name + ">[" + _length.ToString() + "]";
        public static ReadOnlySpan<T> Empty => default;

        public ref struct Enumerator
        {
            private readonly ReadOnlySpan<T> _span; private int _index;
            internal Enumerator(ReadOnlySpan<T> span) { _span = span; _index = -1; }
            public bool MoveNext() => ++_index < _span.Length;
            public ref readonly T Current => ref _span[_index];
        }
    }

    internal static class MemoryMarshalHelpers
    {
        /// <summary>A byref to element 0 of an SZ array (valid even when it is empty).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern ref T ArrayData<T>(T[] array);
    }
}

namespace System.Runtime.CompilerServices
{
    /// <summary>Byref and reinterpretation primitives; the interpreter implements each as an intrinsic.</summary>
    public static unsafe class Unsafe
    {
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, int elementOffset);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AddByteOffset<T>(ref T source, IntPtr byteOffset);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref TTo As<TFrom, TTo>(ref TFrom source);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern T As<T>(object o) where T : class;
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AsRef<T>(void* source);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AsRef<T>(ref readonly T source);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool AreSame<T>(ref readonly T left, ref readonly T right);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern int SizeOf<T>();
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsNullRef<T>(ref readonly T source);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T NullRef<T>();
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, nint elementOffset);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, nuint elementOffset);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AddByteOffset<T>(ref T source, nuint byteOffset);
        public static void* Add<T>(void* source, int elementOffset) => (byte*)source + elementOffset * SizeOf<T>();
        public static ref T Subtract<T>(ref T source, int elementOffset) => ref Add(ref source, -elementOffset);
        public static ref T Subtract<T>(ref T source, nint elementOffset) => ref Add(ref source, -elementOffset);
        public static ref T Subtract<T>(ref T source, nuint elementOffset) => ref Add(ref source, -(nint)elementOffset);
        public static void* Subtract<T>(void* source, int elementOffset) => (byte*)source - elementOffset * SizeOf<T>();
        public static ref T SubtractByteOffset<T>(ref T source, nint byteOffset) => ref AddByteOffset(ref source, -byteOffset);
        public static ref T SubtractByteOffset<T>(ref T source, nuint byteOffset) => ref AddByteOffset(ref source, -(nint)byteOffset);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern nint ByteOffset<T>(ref readonly T origin, ref readonly T target);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressLessThan<T>(ref readonly T left, ref readonly T right);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressGreaterThan<T>(ref readonly T left, ref readonly T right);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void* AsPointer<T>(ref readonly T value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void SkipInit<T>(out T value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Unbox<T>(object box) where T : struct;
        public static void InitBlock(ref byte startAddress, byte value, uint byteCount) { for (uint i = 0; i < byteCount; i++) AddByteOffset(ref startAddress, (nuint)i) = value; }
        public static void InitBlock(void* startAddress, byte value, uint byteCount) => InitBlock(ref *(byte*)startAddress, value, byteCount);
        public static void InitBlockUnaligned(ref byte startAddress, byte value, uint byteCount) => InitBlock(ref startAddress, value, byteCount);
        public static void InitBlockUnaligned(void* startAddress, byte value, uint byteCount) => InitBlock(ref *(byte*)startAddress, value, byteCount);
        public static TTo BitCast<TFrom, TTo>(TFrom source) where TFrom : struct where TTo : struct
        {
            if (SizeOf<TFrom>() != SizeOf<TTo>()) throw new NotSupportedException("Specified method is not supported.");
            return ReadUnaligned<TTo>(ref As<TFrom, byte>(ref source));
        }
        public static void CopyBlock(void* destination, void* source, uint byteCount) => Buffer.Memmove(ref *(byte*)destination, ref *(byte*)source, (int)byteCount);
        public static void CopyBlock(ref byte destination, ref readonly byte source, uint byteCount) => Buffer.Memmove(ref destination, ref AsRef(in source), (int)byteCount);
        public static void CopyBlockUnaligned(void* destination, void* source, uint byteCount) => Buffer.Memmove(ref *(byte*)destination, ref *(byte*)source, (int)byteCount);
        public static void CopyBlockUnaligned(ref byte destination, ref readonly byte source, uint byteCount) => Buffer.Memmove(ref destination, ref AsRef(in source), (int)byteCount);
        // Loads and stores of any alignment: the interpreter's indirect loads and stores accept
        // unaligned addresses, so these are plain ldobj/stobj through a byref.
        public static T Read<T>(void* source) => AsRef<T>(source);
        public static void Write<T>(void* destination, T value) { AsRef<T>(destination) = value; }
        public static T ReadUnaligned<T>(void* source) => AsRef<T>(source);
        public static T ReadUnaligned<T>(ref readonly byte source) => As<byte, T>(ref AsRef(in source));
        public static void WriteUnaligned<T>(void* destination, T value) { AsRef<T>(destination) = value; }
        public static void WriteUnaligned<T>(ref byte destination, T value) { As<byte, T>(ref destination) = value; }
        public static void Copy<T>(void* destination, ref readonly T source) { AsRef<T>(destination) = source; }
        public static void Copy<T>(ref T destination, void* source) { destination = AsRef<T>(source); }
    }

    public static class RuntimeFeature
    {
        public const string ByRefFields = nameof(ByRefFields);
        public const string PortablePdb = nameof(PortablePdb);
        public const string DefaultImplementationsOfInterfaces = nameof(DefaultImplementationsOfInterfaces);
        public const string CovariantReturnsOfClasses = nameof(CovariantReturnsOfClasses);
        public const string UnmanagedSignatureCallingConvention = nameof(UnmanagedSignatureCallingConvention);
        public const string VirtualStaticsInInterfaces = nameof(VirtualStaticsInInterfaces);
        public const string NumericIntPtr = nameof(NumericIntPtr);
    }

    [AttributeUsage(AttributeTargets.Parameter)] public sealed class RequiresLocationAttribute : Attribute { }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Parameter)]
    public sealed class UnscopedRefAttribute : Attribute { }
}
