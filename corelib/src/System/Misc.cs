using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    public enum TypeCode { Empty = 0, Object = 1, DBNull = 2, Boolean = 3, Char = 4, SByte = 5, Byte = 6, Int16 = 7, UInt16 = 8, Int32 = 9, UInt32 = 10, Int64 = 11, UInt64 = 12, Single = 13, Double = 14, Decimal = 15, DateTime = 16, String = 18 }
    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }
    public enum StringSplitOptions { None = 0, RemoveEmptyEntries = 1, TrimEntries = 2 }

    public abstract class StringComparer : IComparer<string>, IEqualityComparer<string>, System.Collections.IComparer, System.Collections.IEqualityComparer
    {
        public static StringComparer Ordinal { get; } = new OrdinalComparer(false);
        public static StringComparer OrdinalIgnoreCase { get; } = new OrdinalComparer(true);
        public static StringComparer InvariantCulture { get; } = new CultureComparer(false);
        public static StringComparer InvariantCultureIgnoreCase { get; } = new CultureComparer(true);
        public static StringComparer CurrentCulture => InvariantCulture;
        public static StringComparer CurrentCultureIgnoreCase => InvariantCultureIgnoreCase;
        public static StringComparer FromComparison(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return Ordinal;
                case StringComparison.OrdinalIgnoreCase: return OrdinalIgnoreCase;
                case StringComparison.InvariantCultureIgnoreCase: case StringComparison.CurrentCultureIgnoreCase: return InvariantCultureIgnoreCase;
                default: return InvariantCulture;
            }
        }
        public static StringComparer Create(System.Globalization.CultureInfo culture, bool ignoreCase) => ignoreCase ? InvariantCultureIgnoreCase : InvariantCulture;
        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);
        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            if (x is string sa && y is string sb) return Compare(sa, sb);
            if (x is IComparable ia) return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is string sa && y is string sb) return Equals(sa, sb);
            return x.Equals(y);
        }
        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException(nameof(obj));
            return obj is string s ? GetHashCode(s) : obj.GetHashCode();
        }
    }
    internal sealed class OrdinalComparer : StringComparer
    {
        private readonly bool _ignoreCase;
        internal OrdinalComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }
        public override int Compare(string x, string y) => _ignoreCase ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase) : string.CompareOrdinal(x, y);
        public override bool Equals(string x, string y) => _ignoreCase ? string.Equals(x, y, StringComparison.OrdinalIgnoreCase) : string.Equals(x, y);
        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException(nameof(obj));
            return _ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        }
        public override bool Equals(object obj) => obj is OrdinalComparer o && o._ignoreCase == _ignoreCase;
        public override int GetHashCode() => _ignoreCase ? 1 : 2;
    }
    internal sealed class CultureComparer : StringComparer
    {
        private readonly bool _ignoreCase;
        internal CultureComparer(bool ignoreCase) { _ignoreCase = ignoreCase; }
        public override int Compare(string x, string y) => string.Compare(x, y, _ignoreCase ? StringComparison.InvariantCultureIgnoreCase : StringComparison.InvariantCulture);
        public override bool Equals(string x, string y) => Compare(x, y) == 0;
        public override int GetHashCode(string obj) => _ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        public override bool Equals(object obj) => obj is CultureComparer o && o._ignoreCase == _ignoreCase;
        public override int GetHashCode() => _ignoreCase ? 3 : 4;
    }

    public class Lazy<T>
    {
        private Func<T> _factory;
        private T _value;
        private bool _created;
        private Exception _error;
        public Lazy() : this(() => Activator.CreateInstance<T>()) { }
        public Lazy(Func<T> valueFactory) { _factory = valueFactory ?? throw new ArgumentNullException(nameof(valueFactory)); }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory) { }
        public Lazy(Func<T> valueFactory, System.Threading.LazyThreadSafetyMode mode) : this(valueFactory) { }
        public Lazy(T value) { _value = value; _created = true; }
        public Lazy(bool isThreadSafe) : this() { }
        public bool IsValueCreated => _created;
        public T Value
        {
            get
            {
                if (_created) return _value;
                if (_error != null) throw _error;
                Func<T> f = _factory;
                if (f == null) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                _factory = null;
                try { _value = f(); }
                catch (Exception e) { _error = e; throw; }
                _created = true;
                return _value;
            }
        }
        public override string ToString() => _created ? _value?.ToString() ?? "" : "Value is not created.";
    }

    public class WeakReference
    {
        private object _target;
        private readonly int _handle;
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int Alloc(object target);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object Get(int handle);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void Set(int handle, object target);
        public WeakReference(object target) { _handle = Alloc(target); }
        public WeakReference(object target, bool trackResurrection) : this(target) { }
        public virtual bool IsAlive => Get(_handle) != null;
        public virtual object Target { get => Get(_handle); set => Set(_handle, value); }
        public virtual bool TrackResurrection => false;
    }
    public sealed class WeakReference<T> where T : class
    {
        private readonly WeakReference _w;
        public WeakReference(T target) { _w = new WeakReference(target); }
        public WeakReference(T target, bool trackResurrection) : this(target) { }
        public bool TryGetTarget(out T target) { target = (T)_w.Target; return target != null; }
        public void SetTarget(T target) => _w.Target = target;
    }

    public static class GC
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void CollectCore();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void RunFinalizers();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long TotalMemory();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SetFinalizable(object obj, bool on);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int Collections();
        public static void Collect() => CollectCore();
        public static void Collect(int generation) => CollectCore();
        public static void Collect(int generation, GCCollectionMode mode) => CollectCore();
        public static void Collect(int generation, GCCollectionMode mode, bool blocking) => CollectCore();
        public static void WaitForPendingFinalizers() => RunFinalizers();
        public static int MaxGeneration => 2;
        public static int GetGeneration(object obj) => 0;
        public static void KeepAlive(object obj) { }
        public static void SuppressFinalize(object obj) { if (obj == null) throw new ArgumentNullException(nameof(obj)); SetFinalizable(obj, false); }
        public static void ReRegisterForFinalize(object obj) { if (obj == null) throw new ArgumentNullException(nameof(obj)); SetFinalizable(obj, true); }
        public static long GetTotalMemory(bool forceFullCollection) { if (forceFullCollection) CollectCore(); return TotalMemory(); }
        public static int CollectionCount(int generation) => generation < 0 ? throw new ArgumentOutOfRangeException(nameof(generation)) : Collections();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long AllocatedBytes();
        public static long GetAllocatedBytesForCurrentThread() => AllocatedBytes();
        public static long GetTotalAllocatedBytes(bool precise = false) => AllocatedBytes();
        public static void AddMemoryPressure(long bytesAllocated) { }
        public static void RemoveMemoryPressure(long bytesAllocated) { }
    }
    public enum GCCollectionMode { Default = 0, Forced = 1, Optimized = 2, Aggressive = 3 }

    public class UnhandledExceptionEventArgs : EventArgs
    {
        private readonly object _exception; private readonly bool _isTerminating;
        public UnhandledExceptionEventArgs(object exception, bool isTerminating) { _exception = exception; _isTerminating = isTerminating; }
        public object ExceptionObject => _exception;
        public bool IsTerminating => _isTerminating;
    }
    public delegate void UnhandledExceptionEventHandler(object sender, UnhandledExceptionEventArgs e);

    public sealed class AppDomain
    {
        private static readonly AppDomain s_current = new AppDomain();
        private UnhandledExceptionEventHandler _unhandled;
        private EventHandler _processExit;
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void RegisterHooks(AppDomain domain);
        private AppDomain() { }
        public static AppDomain CurrentDomain => s_current;
        public string FriendlyName => "app";
        public string BaseDirectory => "/";
        public int Id => 1;
        public event UnhandledExceptionEventHandler UnhandledException
        {
            add { _unhandled += value; RegisterHooks(this); }
            remove { _unhandled -= value; }
        }
        public event EventHandler ProcessExit
        {
            add { _processExit += value; RegisterHooks(this); }
            remove { _processExit -= value; }
        }
        // Called by the runtime.
        internal void OnUnhandledException(object exception) => _unhandled?.Invoke(this, new UnhandledExceptionEventArgs(exception, true));
        internal void OnProcessExit() { EventHandler h = _processExit; _processExit = null; h?.Invoke(this, EventArgs.Empty); }
    }

    public static class Activator
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object Allocate(RuntimeTypeHandle type);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void RunDefaultConstructor(object o);
        private static object CreateInstanceCore(RuntimeTypeHandle type)
        {
            object o = Allocate(type);
            // An exception from the constructor reaches the caller wrapped, as from reflection in .NET.
            try { RunDefaultConstructor(o); }
            catch (Exception e) { throw new System.Reflection.TargetInvocationException(e); }
            return o;
        }
        public static T CreateInstance<T>() => (T)CreateInstanceCore(typeof(T).TypeHandle);
        public static object CreateInstance(Type type)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            return CreateInstanceCore(type.TypeHandle);
        }
    }

    public class Random
    {
        private readonly int[] _seedArray = new int[56];
        private int _inext, _inextp;
        private static Random s_shared;
        public static Random Shared => s_shared ??= new Random();
        public Random() : this(Environment.TickCount ^ 0x5f3759df) { }
        public Random(int Seed)
        {
            int subtraction = (Seed == int.MinValue) ? int.MaxValue : Math.Abs(Seed);
            int mj = 161803398 - subtraction;
            _seedArray[55] = mj;
            int mk = 1;
            int ii = 0;
            for (int i = 1; i < 55; i++)
            {
                if ((ii += 21) >= 55) ii -= 55;
                _seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += int.MaxValue;
                mj = _seedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    int n = i + 30;
                    if (n >= 55) n -= 55;
                    _seedArray[i] -= _seedArray[1 + n];
                    if (_seedArray[i] < 0) _seedArray[i] += int.MaxValue;
                }
            }
            _inextp = 21;
        }
        private int InternalSample()
        {
            int locINext = _inext, locINextp = _inextp;
            if (++locINext >= 56) locINext = 1;
            if (++locINextp >= 56) locINextp = 1;
            int retVal = _seedArray[locINext] - _seedArray[locINextp];
            if (retVal == int.MaxValue) retVal--;
            if (retVal < 0) retVal += int.MaxValue;
            _seedArray[locINext] = retVal;
            _inext = locINext;
            _inextp = locINextp;
            return retVal;
        }
        protected virtual double Sample() => InternalSample() * (1.0 / int.MaxValue);
        private double GetSampleForLargeRange()
        {
            int result = InternalSample();
            if (InternalSample() % 2 == 0) result = -result;
            double d = result;
            d += int.MaxValue - 1;
            d /= 2u * int.MaxValue - 1;
            return d;
        }
        public virtual int Next() => InternalSample();
        public virtual int Next(int maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException(nameof(maxValue), "'maxValue' must be greater than or equal to zero.");
            return (int)(Sample() * maxValue);
        }
        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException(nameof(minValue), "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            return range <= int.MaxValue ? (int)(Sample() * range) + minValue : (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }
        public virtual long NextInt64() { while (true) { ulong r = ((ulong)(uint)InternalSample() << 33) ^ ((ulong)(uint)InternalSample() << 11) ^ (uint)InternalSample(); long v = (long)(r >> 1); if (v != long.MaxValue) return v; } }
        public virtual long NextInt64(long maxValue) => NextInt64(0, maxValue);
        public virtual long NextInt64(long minValue, long maxValue)
        {
            ulong range = (ulong)(maxValue - minValue);
            if (range <= 1) return minValue;
            if (range <= int.MaxValue) return Next(0, (int)range) + minValue;
            return (long)((ulong)NextInt64() % range) + minValue;
        }
        public virtual double NextDouble() => Sample();
        public virtual float NextSingle() => (float)Sample();
        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample();
        }
        public virtual void NextBytes(Span<byte> buffer) { for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample(); }
        public void Shuffle<T>(T[] values)
        {
            int n = values.Length;
            for (int i = 0; i < n - 1; i++)
            {
                int j = Next(i, n);
                if (j != i) { T t = values[i]; values[i] = values[j]; values[j] = t; }
            }
        }
        public void Shuffle<T>(Span<T> values)
        {
            int n = values.Length;
            for (int i = 0; i < n - 1; i++)
            {
                int j = Next(i, n);
                if (j != i) { T t = values[i]; values[i] = values[j]; values[j] = t; }
            }
        }
        public T[] GetItems<T>(T[] choices, int length)
        {
            T[] r = new T[length];
            for (int i = 0; i < length; i++) r[i] = choices[Next(choices.Length)];
            return r;
        }
    }

    public struct HashCode
    {
        private int _h; private int _n;
        public static int Combine<T1>(T1 value1) => Mix(0, H(value1));
        public static int Combine<T1, T2>(T1 value1, T2 value2) => Mix(Mix(0, H(value1)), H(value2));
        public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3) => Mix(Mix(Mix(0, H(value1)), H(value2)), H(value3));
        public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4) => Mix(Mix(Mix(Mix(0, H(value1)), H(value2)), H(value3)), H(value4));
        public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5) => Mix(Combine(value1, value2, value3, value4), H(value5));
        public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6) => Mix(Combine(value1, value2, value3, value4, value5), H(value6));
        public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7) => Mix(Combine(value1, value2, value3, value4, value5, value6), H(value7));
        public static int Combine<T1, T2, T3, T4, T5, T6, T7, T8>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7, T8 value8) => Mix(Combine(value1, value2, value3, value4, value5, value6, value7), H(value8));
        private static int H<T>(T v) => v == null ? 0 : v.GetHashCode();
        private static int Mix(int h, int v) { unchecked { uint x = (uint)h * 0x9E3779B1u + (uint)v; x ^= x >> 15; x *= 0x85EBCA77u; x ^= x >> 13; return (int)x; } }
        public void Add<T>(T value) { _h = Mix(_h, H(value)); _n++; }
        public void Add<T>(T value, IEqualityComparer<T> comparer) { _h = Mix(_h, value == null ? 0 : (comparer ?? EqualityComparer<T>.Default).GetHashCode(value)); _n++; }
        public int ToHashCode() => Mix(_h, _n);
#pragma warning disable CS0809
        [Obsolete] public override int GetHashCode() => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.");
        [Obsolete] public override bool Equals(object obj) => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes.");
#pragma warning restore CS0809
    }

    public abstract class FormattableString : IFormattable
    {
        public abstract string Format { get; }
        public abstract object[] GetArguments();
        public abstract int ArgumentCount { get; }
        public abstract object GetArgument(int index);
        public abstract string ToString(IFormatProvider formatProvider);
        string IFormattable.ToString(string ignored, IFormatProvider formatProvider) => ToString(formatProvider);
        public static string Invariant(FormattableString formattable) => formattable.ToString(System.Globalization.CultureInfo.InvariantCulture);
        public static string CurrentCulture(FormattableString formattable) => formattable.ToString(System.Globalization.CultureInfo.CurrentCulture);
        public override string ToString() => ToString(null);
    }

    public sealed class DBNull { public static readonly DBNull Value = new DBNull(); private DBNull() { } public override string ToString() => ""; }

    public static class Buffer
    {
        public static void BlockCopy(Array src, int srcOffset, Array dst, int dstOffset, int count) => BlockCopyCore(src, srcOffset, dst, dstOffset, count);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void BlockCopyCore(Array src, int srcOffset, Array dst, int dstOffset, int count);
        public static int ByteLength(Array array) => ByteLengthCore(array);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int ByteLengthCore(Array array);
        // Copies byteCount bytes like memmove (overlap-safe), with the write barrier over the destination.
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Memmove(ref byte destination, ref byte source, int byteCount);
    }
}

namespace System.Runtime.CompilerServices
{
    public static class FormattableStringFactory
    {
        public static FormattableString Create(string format, params object[] arguments) => new ConcreteFormattableString(format, arguments);
        private sealed class ConcreteFormattableString : FormattableString
        {
            private readonly string _format; private readonly object[] _arguments;
            internal ConcreteFormattableString(string format, object[] arguments) { _format = format; _arguments = arguments; }
            public override string Format => _format;
            public override object[] GetArguments() => _arguments;
            public override int ArgumentCount => _arguments.Length;
            public override object GetArgument(int index) => _arguments[index];
            public override string ToString(IFormatProvider formatProvider) => string.Format(formatProvider, _format, _arguments);
        }
    }
    public sealed class SwitchExpressionException : InvalidOperationException
    {
        public SwitchExpressionException() : base("Non-exhaustive switch expression failed to match its input.") { }
        public SwitchExpressionException(object unmatchedValue) : base("Non-exhaustive switch expression failed to match its input.") { UnmatchedValue = unmatchedValue; }
        public SwitchExpressionException(string message) : base(message) { }
        public SwitchExpressionException(string message, Exception innerException) : base(message, innerException) { }
        // The unmatched value's line only when there is one, as .NET.
        public override string Message => UnmatchedValue == null ? base.Message : base.Message + "\nUnmatched value was " + UnmatchedValue.ToString() + ".";
        public SwitchExpressionException(Exception innerException) : base("Non-exhaustive switch expression failed to match its input.", innerException) { }
        public object UnmatchedValue { get; }
    }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class CallerMemberNameAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class CallerFilePathAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class CallerLineNumberAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class CallerArgumentExpressionAttribute : Attribute { public CallerArgumentExpressionAttribute(string parameterName) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class RequiredMemberAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true)] public sealed class CompilerFeatureRequiredAttribute : Attribute { public CompilerFeatureRequiredAttribute(string featureName) { } public bool IsOptional { get; set; } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class ModuleInitializerAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class SkipLocalsInitAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)] public sealed class CollectionBuilderAttribute : Attribute { public CollectionBuilderAttribute(Type builderType, string methodName) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class ParamCollectionAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class OverloadResolutionPriorityAttribute : Attribute { public OverloadResolutionPriorityAttribute(int priority) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class PreserveBaseOverridesAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class FixedAddressValueTypeAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class SpecialNameAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class TypeForwardedToAttribute : Attribute { public TypeForwardedToAttribute(Type destination) { } }
    public static class IsVolatile { }
    public sealed class StrongBox<T> { public T Value; public StrongBox() { } public StrongBox(T value) { Value = value; } }
    public sealed class ConditionalWeakTable<TKey, TValue> where TKey : class where TValue : class
    {
        private readonly List<KeyValuePair<WeakReference, TValue>> _entries = new List<KeyValuePair<WeakReference, TValue>>();
        public bool TryGetValue(TKey key, out TValue value)
        {
            foreach (var e in _entries) if (e.Key.Target == key) { value = e.Value; return true; }
            value = null;
            return false;
        }
        public void Add(TKey key, TValue value)
        {
            if (TryGetValue(key, out _)) throw new ArgumentException("An item with the same key has already been added.");
            _entries.Add(new KeyValuePair<WeakReference, TValue>(new WeakReference(key), value));
        }
        public void AddOrUpdate(TKey key, TValue value) { Remove(key); Add(key, value); }
        public bool Remove(TKey key)
        {
            for (int i = 0; i < _entries.Count; i++) if (_entries[i].Key.Target == key) { _entries.RemoveAt(i); return true; }
            return false;
        }
        public TValue GetValue(TKey key, CreateValueCallback createValueCallback)
        {
            if (TryGetValue(key, out TValue v)) return v;
            v = createValueCallback(key);
            Add(key, v);
            return v;
        }
        public TValue GetOrCreateValue(TKey key) => GetValue(key, k => (TValue)Activator.CreateInstance(typeof(TValue)));
        public delegate TValue CreateValueCallback(TKey key);
    }
}

namespace System.Runtime.ExceptionServices
{
    public sealed class ExceptionDispatchInfo
    {
        private readonly Exception _exception;
        private readonly string _stackTrace;
        private ExceptionDispatchInfo(Exception exception) { _exception = exception; _stackTrace = exception._stackTrace; }
        public static ExceptionDispatchInfo Capture(Exception source)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            return new ExceptionDispatchInfo(source);
        }
        public Exception SourceException => _exception;
        public void Throw()
        {
            _exception._remoteStackTrace = (_stackTrace ?? "") + "\n--- End of stack trace from previous location ---\n";
            throw _exception;
        }
        public static void Throw(Exception source) => Capture(source).Throw();
    }
}

namespace System.Diagnostics
{
    public class Stopwatch
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long NowTicks();
        public static readonly long Frequency = 10000000;
        public static readonly bool IsHighResolution = true;
        private long _elapsed;
        private long _start;
        private bool _running;
        public Stopwatch() { }
        public static Stopwatch StartNew() { var s = new Stopwatch(); s.Start(); return s; }
        public static long GetTimestamp() => NowTicks();
        public static TimeSpan GetElapsedTime(long startingTimestamp) => new TimeSpan(NowTicks() - startingTimestamp);
        public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp) => new TimeSpan(endingTimestamp - startingTimestamp);
        public void Start() { if (!_running) { _start = NowTicks(); _running = true; } }
        public void Stop() { if (_running) { _elapsed += NowTicks() - _start; _running = false; } }
        public void Reset() { _elapsed = 0; _running = false; }
        public void Restart() { _elapsed = 0; _start = NowTicks(); _running = true; }
        public bool IsRunning => _running;
        public long ElapsedTicks => _running ? _elapsed + NowTicks() - _start : _elapsed;
        public TimeSpan Elapsed => new TimeSpan(ElapsedTicks);
        public long ElapsedMilliseconds => ElapsedTicks / 10000;
    }
    public static class Debug
    {
        [Conditional("DEBUG")] public static void Assert(bool condition) { }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message) { }
        [Conditional("DEBUG")] public static void WriteLine(string message) { }
        [Conditional("DEBUG")] public static void Fail(string message) { }
    }
    public static class Trace { [Conditional("TRACE")] public static void WriteLine(string message) { } }
    public class StackTrace
    {
        public StackTrace() { }
        public StackTrace(Exception e) { }
        public override string ToString() => Environment.StackTrace;
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.All)] public sealed class NotNullWhenAttribute : Attribute { public NotNullWhenAttribute(bool returnValue) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class MaybeNullWhenAttribute : Attribute { public MaybeNullWhenAttribute(bool returnValue) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class NotNullAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class MaybeNullAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class AllowNullAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class DisallowNullAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class DoesNotReturnAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class DoesNotReturnIfAttribute : Attribute { public DoesNotReturnIfAttribute(bool parameterValue) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class NotNullIfNotNullAttribute : Attribute { public NotNullIfNotNullAttribute(string parameterName) { } }
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true)] public sealed class MemberNotNullAttribute : Attribute { public MemberNotNullAttribute(string member) { } public MemberNotNullAttribute(params string[] members) { } }
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true)] public sealed class MemberNotNullWhenAttribute : Attribute { public MemberNotNullWhenAttribute(bool returnValue, string member) { } }
    [AttributeUsage(AttributeTargets.All)] public sealed class SetsRequiredMembersAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All)] public sealed class StringSyntaxAttribute : Attribute { public StringSyntaxAttribute(string syntax) { } public StringSyntaxAttribute(string syntax, params object[] arguments) { } }
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true)] public sealed class SuppressMessageAttribute : Attribute { public SuppressMessageAttribute(string category, string checkId) { } public string Justification { get; set; } }
    [AttributeUsage(AttributeTargets.All)] public sealed class ExperimentalAttribute : Attribute { public ExperimentalAttribute(string diagnosticId) { } }
}
