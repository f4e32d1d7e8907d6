namespace System
{
    /// <summary>Boxing a Nullable boxes its value or gives null; the runtime applies that rule in box/unbox.</summary>
    public struct Nullable<T> where T : struct
    {
        private readonly bool hasValue;
        internal T value;
        public Nullable(T value) { this.value = value; hasValue = true; }
        public bool HasValue => hasValue;
        public T Value
        {
            get
            {
                if (!hasValue) throw new InvalidOperationException("Nullable object must have a value.");
                return value;
            }
        }
        public T GetValueOrDefault() => value;
        public T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;
        public override bool Equals(object other)
        {
            if (!hasValue) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }
        public override int GetHashCode() => hasValue ? value.GetHashCode() : 0;
        public override string ToString() => hasValue ? value.ToString() : "";
        public static implicit operator T?(T value) => new T?(value);
        public static explicit operator T(T? value) => value.Value;
    }

    public static class Nullable
    {
        public static Type GetUnderlyingType(Type nullableType) => null;
    }

    public abstract class Enum : ValueType, IComparable, IFormattable
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern string FormatEnum(object value, string format);
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern long ToInt64(object value);
        public override string ToString() => FormatEnum(this, null);
        public string ToString(string format) => FormatEnum(this, format);
        public string ToString(string format, IFormatProvider provider) => FormatEnum(this, format);
        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException(nameof(flag));
            long f = ToInt64(flag);
            return (ToInt64(this) & f) == f;
        }
        public int CompareTo(object target)
        {
            if (target == null) return 1;
            long a = ToInt64(this), b = ToInt64(target);
            return a < b ? -1 : a > b ? 1 : 0;
        }
        public override bool Equals(object obj) => obj != null && obj.GetType() == GetType() && ToInt64(obj) == ToInt64(this);
        public override int GetHashCode() => ToInt64(this).GetHashCode();
    }
}
