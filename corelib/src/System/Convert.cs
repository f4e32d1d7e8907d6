namespace System
{
    public static class Convert
    {
        private static OverflowException Ovf(string type) => new OverflowException("Value was either too large or too small for " + type + ".");
        private static long ToLongRounded(double value, string type, double min, double max)
        {
            double r = Math.Round(value);
            if (double.IsNaN(value) || r < min || r > max) throw Ovf(type);
            return (long)r;
        }
        public static bool ToBoolean(int value) => value != 0;
        public static bool ToBoolean(long value) => value != 0;
        public static bool ToBoolean(double value) => value != 0;
        public static bool ToBoolean(string value) => value == null ? false : bool.Parse(value);
        // The object overloads convert through IConvertible, as .NET (null is the default value; an object
        // that does not implement it fails the cast with InvalidCastException).
        public static bool ToBoolean(object value) => value == null ? false : ((IConvertible)value).ToBoolean(null);
        public static bool ToBoolean(object value, IFormatProvider provider) => value == null ? false : ((IConvertible)value).ToBoolean(provider);
        public static char ToChar(object value) => value == null ? '\0' : ((IConvertible)value).ToChar(null);
        public static char ToChar(object value, IFormatProvider provider) => value == null ? '\0' : ((IConvertible)value).ToChar(provider);
        public static sbyte ToSByte(object value) => value == null ? (sbyte)0 : ((IConvertible)value).ToSByte(null);
        public static sbyte ToSByte(object value, IFormatProvider provider) => value == null ? (sbyte)0 : ((IConvertible)value).ToSByte(provider);
        public static byte ToByte(object value) => value == null ? (byte)0 : ((IConvertible)value).ToByte(null);
        public static byte ToByte(object value, IFormatProvider provider) => value == null ? (byte)0 : ((IConvertible)value).ToByte(provider);
        public static short ToInt16(object value) => value == null ? (short)0 : ((IConvertible)value).ToInt16(null);
        public static short ToInt16(object value, IFormatProvider provider) => value == null ? (short)0 : ((IConvertible)value).ToInt16(provider);
        public static ushort ToUInt16(object value) => value == null ? (ushort)0 : ((IConvertible)value).ToUInt16(null);
        public static ushort ToUInt16(object value, IFormatProvider provider) => value == null ? (ushort)0 : ((IConvertible)value).ToUInt16(provider);
        public static int ToInt32(object value, IFormatProvider provider) => value == null ? 0 : ((IConvertible)value).ToInt32(provider);
        public static uint ToUInt32(object value) => value == null ? 0u : ((IConvertible)value).ToUInt32(null);
        public static uint ToUInt32(object value, IFormatProvider provider) => value == null ? 0u : ((IConvertible)value).ToUInt32(provider);
        public static long ToInt64(object value, IFormatProvider provider) => value == null ? 0L : ((IConvertible)value).ToInt64(provider);
        public static ulong ToUInt64(object value) => value == null ? 0UL : ((IConvertible)value).ToUInt64(null);
        public static ulong ToUInt64(object value, IFormatProvider provider) => value == null ? 0UL : ((IConvertible)value).ToUInt64(provider);
        public static float ToSingle(object value) => value == null ? 0f : ((IConvertible)value).ToSingle(null);
        public static float ToSingle(object value, IFormatProvider provider) => value == null ? 0f : ((IConvertible)value).ToSingle(provider);
        public static double ToDouble(object value, IFormatProvider provider) => value == null ? 0.0 : ((IConvertible)value).ToDouble(provider);
        public static decimal ToDecimal(object value, IFormatProvider provider) => value == null ? 0m : ((IConvertible)value).ToDecimal(provider);
        public static DateTime ToDateTime(object value) => value == null ? DateTime.MinValue : ((IConvertible)value).ToDateTime(null);
        public static byte ToByte(int value) { if ((uint)value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(long value) { if ((ulong)value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(char value) { if (value > 255) throw Ovf("an unsigned byte"); return (byte)value; }
        public static byte ToByte(double value) => (byte)ToLongRounded(value, "an unsigned byte", 0, 255);
        public static byte ToByte(string value) => value == null ? (byte)0 : byte.Parse(value);
        public static byte ToByte(string value, int fromBase) { long v = ParseBase(value, fromBase, 8); if (fromBase != 10) return (byte)v; if (v > 255 || v < 0) throw Ovf("an unsigned byte"); return (byte)v; }
        public static sbyte ToSByte(int value) { if (value < -128 || value > 127) throw Ovf("a signed byte"); return (sbyte)value; }
        public static short ToInt16(int value) { if (value < short.MinValue || value > short.MaxValue) throw Ovf("an Int16"); return (short)value; }
        public static short ToInt16(double value) => (short)ToLongRounded(value, "an Int16", short.MinValue, short.MaxValue);
        public static short ToInt16(string value) => value == null ? (short)0 : short.Parse(value);
        public static short ToInt16(string value, int fromBase) => (short)ParseBase(value, fromBase, 16);
        public static ushort ToUInt16(int value) { if ((uint)value > 65535) throw Ovf("a UInt16"); return (ushort)value; }
        public static int ToInt32(bool value) => value ? 1 : 0;
        public static int ToInt32(char value) => value;
        public static int ToInt32(byte value) => value;
        public static int ToInt32(short value) => value;
        public static int ToInt32(int value) => value;
        public static int ToInt32(uint value) { if (value > int.MaxValue) throw Ovf("an Int32"); return (int)value; }
        public static int ToInt32(long value) { if (value < int.MinValue || value > int.MaxValue) throw Ovf("an Int32"); return (int)value; }
        public static int ToInt32(ulong value) { if (value > int.MaxValue) throw Ovf("an Int32"); return (int)value; }
        public static int ToInt32(float value) => ToInt32((double)value);
        public static int ToInt32(double value)
        {
            if (value >= -2147483648.5 && value < 2147483647.5)
            {
                int r = (int)value;
                double d = value - r;
                if (d > 0.5 || (d == 0.5 && (r & 1) != 0)) r++;
                else if (d < -0.5 || (d == -0.5 && (r & 1) != 0)) r--;
                return r;
            }
            throw Ovf("an Int32");
        }
        public static int ToInt32(decimal value) => decimal.ToInt32(decimal.Round(value, 0));
        public static int ToInt32(string value) => value == null ? 0 : int.Parse(value);
        public static int ToInt32(string value, IFormatProvider provider) => ToInt32(value);
        public static int ToInt32(string value, int fromBase) => (int)ParseBase(value, fromBase, 32);
        public static int ToInt32(object value) => value == null ? 0 : ((IConvertible)value).ToInt32(null);
        public static uint ToUInt32(long value) { if ((ulong)value > uint.MaxValue) throw Ovf("a UInt32"); return (uint)value; }
        public static uint ToUInt32(string value, int fromBase) => (uint)ParseBase(value, fromBase, 32);
        public static long ToInt64(bool value) => value ? 1 : 0;
        public static long ToInt64(int value) => value;
        public static long ToInt64(long value) => value;
        public static long ToInt64(ulong value) { if (value > long.MaxValue) throw Ovf("an Int64"); return (long)value; }
        public static long ToInt64(double value) => ToLongRounded(value, "an Int64", -9.2233720368547758E+18, 9.2233720368547748E+18);
        public static long ToInt64(decimal value) => decimal.ToInt64(decimal.Round(value, 0));
        public static long ToInt64(string value) => value == null ? 0 : long.Parse(value);
        public static long ToInt64(string value, int fromBase) => ParseBase(value, fromBase, 64);
        public static long ToInt64(object value) => value == null ? 0L : ((IConvertible)value).ToInt64(null);
        public static ulong ToUInt64(long value) { if (value < 0) throw Ovf("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(string value) => ulong.Parse(value);
        public static ulong ToUInt64(string value, int fromBase) => (ulong)ParseBase(value, fromBase, 64);
        public static double ToDouble(int value) => value;
        public static double ToDouble(long value) => value;
        public static double ToDouble(float value) => value;
        public static double ToDouble(decimal value) => (double)value;
        public static double ToDouble(bool value) => value ? 1 : 0;
        public static double ToDouble(string value) => value == null ? 0 : double.Parse(value);
        public static double ToDouble(object value) => value == null ? 0.0 : ((IConvertible)value).ToDouble(null);
        public static float ToSingle(double value) => (float)value;
        public static float ToSingle(int value) => value;
        public static float ToSingle(string value) => float.Parse(value);
        public static decimal ToDecimal(int value) => value;
        public static decimal ToDecimal(long value) => value;
        public static decimal ToDecimal(double value) => (decimal)value;
        public static decimal ToDecimal(float value) => (decimal)value;
        public static decimal ToDecimal(string value) => decimal.Parse(value);
        public static decimal ToDecimal(object value) => value == null ? 0m : ((IConvertible)value).ToDecimal(null);
        public static char ToChar(int value) { if ((uint)value > 65535) throw Ovf("a character"); return (char)value; }
        public static char ToChar(string value) => char.Parse(value);
        public static string ToString(object value) => value?.ToString() ?? "";
        public static string ToString(bool value) => value.ToString();
        public static string ToString(int value) => value.ToString();
        public static string ToString(long value) => value.ToString();
        public static string ToString(double value) => value.ToString();
        public static string ToString(decimal value) => value.ToString();
        public static string ToString(char value) => value.ToString();
        public static string ToString(int value, IFormatProvider provider) => value.ToString();
        public static string ToString(double value, IFormatProvider provider) => value.ToString();
        public static string ToString(byte value, int toBase) => ToBase((long)value, toBase, 8);
        public static string ToString(short value, int toBase) => ToBase((long)value, toBase, 16);
        public static string ToString(int value, int toBase) => ToBase((long)value, toBase, 32);
        public static string ToString(long value, int toBase) => ToBase(value, toBase, 64);
        private static string ToBase(long value, int toBase, int bits)
        {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException("Invalid Base.");
            if (toBase == 10) return bits == 8 ? ((byte)value).ToString() : value.ToString();
            ulong u = bits == 64 ? (ulong)value : (ulong)value & ((1UL << bits) - 1);
            if (u == 0) return "0";
            var sb = new System.Text.StringBuilder();
            while (u != 0) { int d = (int)(u % (ulong)toBase); sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10)); u /= (ulong)toBase; }
            return sb.ToString();
        }
        private static long ParseBase(string value, int fromBase, int bits)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.");
            if (value == null) return 0;
            if (fromBase == 10) return bits == 64 ? long.Parse(value) : bits == 32 ? int.Parse(value) : bits == 16 ? short.Parse(value) : byte.Parse(value);
            string s = value;
            int i = 0;
            if (fromBase == 16 && s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) i = 2;
            if (i >= s.Length) throw new FormatException("Index was outside the bounds of the array.");
            if (s[i] == '-') throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
            ulong r = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
                if (d >= fromBase) throw new FormatException("Could not find any recognizable digits.");
                ulong n = r * (ulong)fromBase + (ulong)d;
                if (bits == 64 && r > ulong.MaxValue / (ulong)fromBase) throw new OverflowException("Value was either too large or too small for a UInt64.");
                r = n;
            }
            if (bits < 64 && r >= (1UL << bits)) throw Ovf(bits == 32 ? "a UInt32" : bits == 16 ? "a UInt16" : "an unsigned byte");
            if (bits == 32) return (int)(uint)r;
            if (bits == 16) return (short)(ushort)r;
            if (bits == 8) return (byte)r;
            return (long)r;
        }
        public static object ChangeType(object value, Type conversionType) => ChangeType(value, conversionType, null);
        // As .NET: through IConvertible; an object that does not implement it converts only to its own type.
        public static object ChangeType(object value, Type conversionType, IFormatProvider provider)
        {
            if (conversionType == null) throw new ArgumentNullException(nameof(conversionType));
            if (value == null)
            {
                if (conversionType.IsValueType && Nullable.GetUnderlyingType(conversionType) == null) throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            if (!(value is IConvertible ic))
            {
                if (value.GetType() == conversionType) return value;
                throw new InvalidCastException("Object must implement IConvertible.");
            }
            return Cvt.ToType(ic, conversionType, provider);
        }
        private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException(nameof(inArray));
            return ToBase64String(new ReadOnlySpan<byte>(inArray));
        }
        public static string ToBase64String(byte[] inArray, int offset, int length) => ToBase64String(new ReadOnlySpan<byte>(inArray, offset, length));
        public static string ToBase64String(ReadOnlySpan<byte> bytes)
        {
            var sb = new System.Text.StringBuilder((bytes.Length + 2) / 3 * 4);
            int i = 0;
            for (; i + 2 < bytes.Length; i += 3)
            {
                int v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
                sb.Append(B64[v >> 18]); sb.Append(B64[(v >> 12) & 63]); sb.Append(B64[(v >> 6) & 63]); sb.Append(B64[v & 63]);
            }
            int rem = bytes.Length - i;
            if (rem == 1) { int v = bytes[i] << 16; sb.Append(B64[v >> 18]); sb.Append(B64[(v >> 12) & 63]); sb.Append("=="); }
            else if (rem == 2) { int v = (bytes[i] << 16) | (bytes[i + 1] << 8); sb.Append(B64[v >> 18]); sb.Append(B64[(v >> 12) & 63]); sb.Append(B64[(v >> 6) & 63]); sb.Append('='); }
            return sb.ToString();
        }
        public static byte[] FromBase64String(string s)
        {
            if (s == null) throw new ArgumentNullException(nameof(s));
            var l = new System.Collections.Generic.List<byte>();
            int acc = 0, n = 0, pad = 0;
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (c == '=') { pad++; continue; }
                int d = B64.IndexOf(c);
                if (d < 0 || pad > 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                acc = (acc << 6) | d; n++;
                if (n == 4) { l.Add((byte)(acc >> 16)); l.Add((byte)(acc >> 8)); l.Add((byte)acc); acc = 0; n = 0; }
            }
            if (n == 2) l.Add((byte)(acc >> 4));
            else if (n == 3) { l.Add((byte)(acc >> 10)); l.Add((byte)(acc >> 2)); }
            else if (n == 1 || (n + pad) % 4 != 0 && pad > 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
            return l.ToArray();
        }
        public static string ToHexString(byte[] inArray) => ToHexString(new ReadOnlySpan<byte>(inArray));
        public static string ToHexString(byte[] inArray, int offset, int length) => ToHexString(new ReadOnlySpan<byte>(inArray, offset, length));
        public static string ToHexString(ReadOnlySpan<byte> bytes)
        {
            const string hex = "0123456789ABCDEF";
            char[] c = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++) { c[2 * i] = hex[bytes[i] >> 4]; c[2 * i + 1] = hex[bytes[i] & 15]; }
            return new string(c);
        }
        public static string ToHexStringLower(byte[] inArray) => ToHexString(inArray).ToLowerInvariant();
        public static string ToHexStringLower(ReadOnlySpan<byte> bytes) => ToHexString(bytes).ToLowerInvariant();
        public static byte[] FromHexString(string s)
        {
            if (s.Length % 2 != 0) throw new FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
            byte[] r = new byte[s.Length / 2];
            for (int i = 0; i < r.Length; i++) r[i] = (byte)ParseBase(s.Substring(2 * i, 2), 16, 8);
            return r;
        }
    }
}
