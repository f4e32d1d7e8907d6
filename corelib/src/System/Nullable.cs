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
        public static Type GetUnderlyingType(Type nullableType)
        {
            if (nullableType == null) throw new ArgumentNullException(nameof(nullableType));
            if (nullableType.IsGenericType && !nullableType.IsGenericTypeDefinition && nullableType.GetGenericTypeDefinition() == typeof(Nullable<>)) return nullableType.GetGenericArguments()[0];
            return null;
        }
        public static int Compare<T>(T? n1, T? n2) where T : struct
        {
            if (n1.HasValue) { if (n2.HasValue) return System.Collections.Generic.Comparer<T>.Default.Compare(n1.value, n2.value); return 1; }
            return n2.HasValue ? -1 : 0;
        }
        public static bool Equals<T>(T? n1, T? n2) where T : struct
        {
            if (n1.HasValue) return n2.HasValue && System.Collections.Generic.EqualityComparer<T>.Default.Equals(n1.value, n2.value);
            return !n2.HasValue;
        }
    }

    public abstract partial class Enum : ValueType, IComparable, IFormattable
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
            if (target.GetType() != GetType())
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType().ToString() + "'; the enum type was '" + GetType().ToString() + "'.");
            long a = ToInt64(this), b = ToInt64(target);
            switch (GetTypeCode())
            {
                // As the underlying type's CompareTo: the difference for the small integers.
                case TypeCode.SByte: case TypeCode.Byte: case TypeCode.Int16: case TypeCode.UInt16: case TypeCode.Char:
                    return (int)(a - b);
                case TypeCode.UInt64:
                    return (ulong)a < (ulong)b ? -1 : (ulong)a > (ulong)b ? 1 : 0;
            }
            return a < b ? -1 : a > b ? 1 : 0;
        }
        public override bool Equals(object obj) => obj != null && obj.GetType() == GetType() && ToInt64(obj) == ToInt64(this);
        public override int GetHashCode() => HashCore(this);
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern int HashCore(object value);
        public TypeCode GetTypeCode() => Type.GetTypeCode(GetType().GetEnumUnderlyingType());
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern string[] GetNamesCore(RuntimeTypeHandle enumType);
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern long[] GetValuesCore(RuntimeTypeHandle enumType);
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern object ToObjectCore(RuntimeTypeHandle enumType, long value);
        private static void CheckEnum(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException(nameof(enumType));
            if (!enumType.IsEnum) throw new ArgumentException("Type provided must be an Enum.", nameof(enumType));
        }
        public static string[] GetNames<TEnum>() where TEnum : struct, Enum => GetNamesCore(typeof(TEnum).TypeHandle);
        public static string[] GetNames(Type enumType) { CheckEnum(enumType); return GetNamesCore(enumType.TypeHandle); }
        public static TEnum[] GetValues<TEnum>() where TEnum : struct, Enum
        {
            long[] v = GetValuesCore(typeof(TEnum).TypeHandle);
            TEnum[] r = new TEnum[v.Length];
            for (int i = 0; i < v.Length; i++) r[i] = (TEnum)ToObjectCore(typeof(TEnum).TypeHandle, v[i]);
            return r;
        }
        public static Array GetValues(Type enumType)
        {
            CheckEnum(enumType);
            long[] v = GetValuesCore(enumType.TypeHandle);
            Array r = Array.CreateInstance(enumType, v.Length);
            for (int i = 0; i < v.Length; i++) r.SetValue(ToObjectCore(enumType.TypeHandle, v[i]), i);
            return r;
        }
        public static Array GetValuesAsUnderlyingType(Type enumType)
        {
            CheckEnum(enumType);
            long[] v = GetValuesCore(enumType.TypeHandle);
            Type u = enumType.GetEnumUnderlyingType();
            Array r = Array.CreateInstance(u, v.Length);
            for (int i = 0; i < v.Length; i++) r.SetValue(AsUnderlying(v[i], u), i);
            return r;
        }
        public static Type GetUnderlyingType(Type enumType) { CheckEnum(enumType); return enumType.GetEnumUnderlyingType(); }
        // The value (as the runtime reports it, in a long) as a boxed value of the underlying type, unchecked.
        private static object AsUnderlying(long x, Type u) =>
            u == typeof(int) ? (object)(int)x : u == typeof(uint) ? (uint)x : u == typeof(long) ? x : u == typeof(ulong) ? (ulong)x :
            u == typeof(short) ? (short)x : u == typeof(ushort) ? (ushort)x : u == typeof(byte) ? (byte)x : u == typeof(sbyte) ? (sbyte)x :
            u == typeof(char) ? (char)x : u == typeof(bool) ? x != 0 : (object)x;
        private static string NameOf(RuntimeTypeHandle h, long value)
        {
            long[] v = GetValuesCore(h);
            for (int i = 0; i < v.Length; i++) if (v[i] == value) return GetNamesCore(h)[i];
            return null;
        }
        public static string GetName<TEnum>(TEnum value) where TEnum : struct, Enum => NameOf(typeof(TEnum).TypeHandle, ToInt64(value));
        public static string GetName(Type enumType, object value)
        {
            CheckEnum(enumType);
            if (value == null) throw new ArgumentNullException(nameof(value));
            return NameOf(enumType.TypeHandle, value is Enum ? ToInt64(value) : Convert.ToInt64(value));
        }
        public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => NameOf(typeof(TEnum).TypeHandle, ToInt64(value)) != null;
        public static bool IsDefined(Type enumType, object value)
        {
            CheckEnum(enumType);
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (value is string s) { foreach (string n in GetNamesCore(enumType.TypeHandle)) if (n == s) return true; return false; }
            return NameOf(enumType.TypeHandle, value is Enum ? ToInt64(value) : Convert.ToInt64(value)) != null;
        }
        public static object ToObject(Type enumType, long value) { CheckEnum(enumType); return ToObjectCore(enumType.TypeHandle, value); }
        public static object ToObject(Type enumType, int value) => ToObject(enumType, (long)value);
        public static object ToObject(Type enumType, byte value) => ToObject(enumType, (long)value);
        public static object ToObject(Type enumType, sbyte value) => ToObject(enumType, (long)value);
        public static object ToObject(Type enumType, short value) => ToObject(enumType, (long)value);
        public static object ToObject(Type enumType, ushort value) => ToObject(enumType, (long)value);
        public static object ToObject(Type enumType, uint value) => ToObject(enumType, (long)value);
        public static object ToObject(Type enumType, ulong value) => ToObject(enumType, unchecked((long)value));
        public static object ToObject(Type enumType, object value) => ToObject(enumType, Convert.ToInt64(value));
        private static bool TryParseCore(Type enumType, string value, bool ignoreCase, out long result, out bool isBadArg, out bool overflow)
        {
            result = 0; isBadArg = false; overflow = false;
            RuntimeTypeHandle h = enumType.TypeHandle;
            if (value == null) { isBadArg = true; return false; }
            string t = value.Trim();
            if (t.Length == 0) { isBadArg = true; return false; }
            if (char.IsDigit(t[0]) || t[0] == '-' || t[0] == '+')
            {
                // A number is parsed as the underlying type: out of its range is an overflow.
                Type u = enumType.GetEnumUnderlyingType();
                if (u == typeof(ulong))
                {
                    if (ulong.TryParse(t, out ulong uv)) { result = unchecked((long)uv); return true; }
                    if (long.TryParse(t, out long neg)) { overflow = neg < 0; return false; }
                    overflow = IsIntegerText(t);
                    return false;
                }
                if (long.TryParse(t, out result))
                {
                    long lo = long.MinValue, hi = long.MaxValue;
                    if (u == typeof(int)) { lo = int.MinValue; hi = int.MaxValue; }
                    else if (u == typeof(uint)) { lo = 0; hi = uint.MaxValue; }
                    else if (u == typeof(short)) { lo = short.MinValue; hi = short.MaxValue; }
                    else if (u == typeof(ushort) || u == typeof(char)) { lo = 0; hi = ushort.MaxValue; }
                    else if (u == typeof(sbyte)) { lo = sbyte.MinValue; hi = sbyte.MaxValue; }
                    else if (u == typeof(byte) || u == typeof(bool)) { lo = 0; hi = byte.MaxValue; }
                    if (result < lo || result > hi) { result = 0; overflow = true; return false; }
                    return true;
                }
                overflow = IsIntegerText(t);
                return false;
            }
            string[] names = GetNamesCore(h);
            long[] values = GetValuesCore(h);
            foreach (string part in t.Split(','))
            {
                string p = part.Trim();
                bool found = false;
                for (int i = 0; i < names.Length; i++)
                {
                    if (string.Equals(names[i], p, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) { result |= values[i]; found = true; break; }
                }
                if (!found) return false;
            }
            return true;
        }
        // The underlying type's own parse throws the OverflowException with its message.
        private static void ThrowOverflow(Type u, string t)
        {
            if (u == typeof(byte)) byte.Parse(t); else if (u == typeof(sbyte)) sbyte.Parse(t);
            else if (u == typeof(short)) short.Parse(t); else if (u == typeof(ushort)) ushort.Parse(t);
            else if (u == typeof(int)) int.Parse(t); else if (u == typeof(uint)) uint.Parse(t);
            else if (u == typeof(ulong)) ulong.Parse(t); else long.Parse(t);
            throw new OverflowException();
        }
        private static bool IsIntegerText(string t)
        {
            int i = t[0] == '-' || t[0] == '+' ? 1 : 0;
            if (i == t.Length) return false;
            for (; i < t.Length; i++) if (t[i] < '0' || t[i] > '9') return false;
            return true;
        }
        public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum => Parse<TEnum>(value, false);
        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct, Enum => (TEnum)Parse(typeof(TEnum), value, ignoreCase);
        public static object Parse(Type enumType, string value) => Parse(enumType, value, false);
        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            CheckEnum(enumType);
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (TryParseCore(enumType, value, ignoreCase, out long v, out bool bad, out bool overflow)) return ToObjectCore(enumType.TypeHandle, v);
            if (overflow) ThrowOverflow(enumType.GetEnumUnderlyingType(), value.Trim());
            if (bad) throw new ArgumentException("Must specify valid information for parsing in the string.", nameof(value));
            throw new ArgumentException("Requested value '" + value + "' was not found.");
        }
        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct, Enum => TryParse(value, false, out result);
        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct, Enum
        {
            if (TryParseCore(typeof(TEnum), value, ignoreCase, out long v, out _, out _)) { result = (TEnum)ToObjectCore(typeof(TEnum).TypeHandle, v); return true; }
            result = default;
            return false;
        }
        public static bool TryParse(Type enumType, string value, out object result) => TryParse(enumType, value, false, out result);
        public static bool TryParse(Type enumType, string value, bool ignoreCase, out object result)
        {
            if (TryParseCore(enumType, value, ignoreCase, out long v, out _, out _)) { result = ToObjectCore(enumType.TypeHandle, v); return true; }
            result = null;
            return false;
        }
        public static string Format(Type enumType, object value, string format) => ((Enum)ToObject(enumType, value)).ToString(format);
        public string ToString(IFormatProvider provider) => FormatEnum(this, null);
    }
}
