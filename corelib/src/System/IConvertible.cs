// System.IConvertible and its implementations on the primitive types, decimal, DateTime, string and enums.
// Written once from a table by a throwaway script, maintained by hand; conversions follow System.Convert (rounding to even, range checks with
// .NET's messages, InvalidCastException for the pairs .NET does not convert).
namespace System
{
    public interface IConvertible
    {
        TypeCode GetTypeCode();
        bool ToBoolean(IFormatProvider provider);
        char ToChar(IFormatProvider provider);
        sbyte ToSByte(IFormatProvider provider);
        byte ToByte(IFormatProvider provider);
        short ToInt16(IFormatProvider provider);
        ushort ToUInt16(IFormatProvider provider);
        int ToInt32(IFormatProvider provider);
        uint ToUInt32(IFormatProvider provider);
        long ToInt64(IFormatProvider provider);
        ulong ToUInt64(IFormatProvider provider);
        float ToSingle(IFormatProvider provider);
        double ToDouble(IFormatProvider provider);
        decimal ToDecimal(IFormatProvider provider);
        DateTime ToDateTime(IFormatProvider provider);
        string ToString(IFormatProvider provider);
        object ToType(Type conversionType, IFormatProvider provider);
    }

    public readonly partial struct Boolean : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value;
        char IConvertible.ToChar(IFormatProvider provider) => throw Cvt.Bad("Boolean", "Char");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => m_value ? (sbyte)1 : (sbyte)0;
        byte IConvertible.ToByte(IFormatProvider provider) => m_value ? (byte)1 : (byte)0;
        short IConvertible.ToInt16(IFormatProvider provider) => m_value ? (short)1 : (short)0;
        ushort IConvertible.ToUInt16(IFormatProvider provider) => m_value ? (ushort)1 : (ushort)0;
        int IConvertible.ToInt32(IFormatProvider provider) => m_value ? (int)1 : (int)0;
        uint IConvertible.ToUInt32(IFormatProvider provider) => m_value ? (uint)1 : (uint)0;
        long IConvertible.ToInt64(IFormatProvider provider) => m_value ? (long)1 : (long)0;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => m_value ? (ulong)1 : (ulong)0;
        float IConvertible.ToSingle(IFormatProvider provider) => m_value ? (float)1 : (float)0;
        double IConvertible.ToDouble(IFormatProvider provider) => m_value ? (double)1 : (double)0;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => m_value ? (decimal)1 : (decimal)0;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Boolean", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Char : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => throw Cvt.Bad("Char", "Boolean");
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => throw Cvt.Bad("Char", "Single");
        double IConvertible.ToDouble(IFormatProvider provider) => throw Cvt.Bad("Char", "Double");
        decimal IConvertible.ToDecimal(IFormatProvider provider) => throw Cvt.Bad("Char", "Decimal");
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Char", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct SByte : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("SByte", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Byte : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Byte", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Int16 : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Int16", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct UInt16 : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("UInt16", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Int32 : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Int32", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct UInt32 : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("UInt32", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Int64 : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch((long)m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1((long)m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1((long)m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2((long)m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2((long)m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4((long)m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4((long)m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => (long)m_value;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8((long)m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Int64", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct UInt64 : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.Ch(Cvt.Fit(m_value, "a character"));
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1(Cvt.Fit(m_value, "a signed byte"));
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1(Cvt.Fit(m_value, "an unsigned byte"));
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2(Cvt.Fit(m_value, "an Int16"));
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2(Cvt.Fit(m_value, "a UInt16"));
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4(Cvt.Fit(m_value, "an Int32"));
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4(Cvt.Fit(m_value, "a UInt32"));
        long IConvertible.ToInt64(IFormatProvider provider) => Cvt.Fit(m_value, "an Int64");
        ulong IConvertible.ToUInt64(IFormatProvider provider) => m_value;
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("UInt64", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Single : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => throw Cvt.Bad("Single", "Char");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Cvt.I8(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Single", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Double : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => throw Cvt.Bad("Double", "Char");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Cvt.I8(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Double", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct Decimal : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => this != 0;
        char IConvertible.ToChar(IFormatProvider provider) => throw Cvt.Bad("Decimal", "Char");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Cvt.I1(this);
        byte IConvertible.ToByte(IFormatProvider provider) => Cvt.U1(this);
        short IConvertible.ToInt16(IFormatProvider provider) => Cvt.I2(this);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Cvt.U2(this);
        int IConvertible.ToInt32(IFormatProvider provider) => Cvt.I4(this);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Cvt.U4(this);
        long IConvertible.ToInt64(IFormatProvider provider) => Cvt.I8(this);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Cvt.U8(this);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)this;
        double IConvertible.ToDouble(IFormatProvider provider) => (double)this;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => this;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Decimal", "DateTime");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public readonly partial struct DateTime : IConvertible
    {
        bool IConvertible.ToBoolean(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Boolean");
        char IConvertible.ToChar(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Char");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => throw Cvt.Bad("DateTime", "SByte");
        byte IConvertible.ToByte(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Byte");
        short IConvertible.ToInt16(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Int16");
        ushort IConvertible.ToUInt16(IFormatProvider provider) => throw Cvt.Bad("DateTime", "UInt16");
        int IConvertible.ToInt32(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Int32");
        uint IConvertible.ToUInt32(IFormatProvider provider) => throw Cvt.Bad("DateTime", "UInt32");
        long IConvertible.ToInt64(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Int64");
        ulong IConvertible.ToUInt64(IFormatProvider provider) => throw Cvt.Bad("DateTime", "UInt64");
        float IConvertible.ToSingle(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Single");
        double IConvertible.ToDouble(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Double");
        decimal IConvertible.ToDecimal(IFormatProvider provider) => throw Cvt.Bad("DateTime", "Decimal");
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => this;
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
        public TypeCode GetTypeCode() => TypeCode.DateTime;
    }
    public sealed partial class String : IConvertible
    {
        string IConvertible.ToString(IFormatProvider provider) => this;
        bool IConvertible.ToBoolean(IFormatProvider provider) => bool.Parse(this);
        char IConvertible.ToChar(IFormatProvider provider) => Cvt.StrChar(this);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => sbyte.Parse(this);
        byte IConvertible.ToByte(IFormatProvider provider) => byte.Parse(this);
        short IConvertible.ToInt16(IFormatProvider provider) => short.Parse(this);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => ushort.Parse(this);
        int IConvertible.ToInt32(IFormatProvider provider) => int.Parse(this);
        uint IConvertible.ToUInt32(IFormatProvider provider) => uint.Parse(this);
        long IConvertible.ToInt64(IFormatProvider provider) => long.Parse(this);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => ulong.Parse(this);
        float IConvertible.ToSingle(IFormatProvider provider) => float.Parse(this);
        double IConvertible.ToDouble(IFormatProvider provider) => double.Parse(this);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => decimal.Parse(this);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => DateTime.Parse(this);
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }
    public abstract partial class Enum : IConvertible
    {
        private bool IsUInt64 => GetTypeCode() == TypeCode.UInt64;
        private IConvertible Underlying => IsUInt64 ? (IConvertible)(ulong)ToInt64(this) : (IConvertible)ToInt64(this);
        bool IConvertible.ToBoolean(IFormatProvider provider) => Underlying.ToBoolean(provider);
        char IConvertible.ToChar(IFormatProvider provider) => Underlying.ToChar(provider);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Underlying.ToSByte(provider);
        byte IConvertible.ToByte(IFormatProvider provider) => Underlying.ToByte(provider);
        short IConvertible.ToInt16(IFormatProvider provider) => Underlying.ToInt16(provider);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Underlying.ToUInt16(provider);
        int IConvertible.ToInt32(IFormatProvider provider) => Underlying.ToInt32(provider);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Underlying.ToUInt32(provider);
        long IConvertible.ToInt64(IFormatProvider provider) => Underlying.ToInt64(provider);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Underlying.ToUInt64(provider);
        float IConvertible.ToSingle(IFormatProvider provider) => Underlying.ToSingle(provider);
        double IConvertible.ToDouble(IFormatProvider provider) => Underlying.ToDouble(provider);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Underlying.ToDecimal(provider);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cvt.Bad("Enum", "DateTime");
        string IConvertible.ToString(IFormatProvider provider) => ToString();
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Cvt.ToType(this, conversionType, provider);
    }

    internal static class Cvt
    {
        internal static InvalidCastException Bad(string from, string to) => new InvalidCastException("Invalid cast from '" + from + "' to '" + to + "'.");
        private static OverflowException Ovf(string what) => new OverflowException("Value was either too large or too small for " + what + ".");
        internal static long Fit(ulong v, string what) { if (v > (ulong)long.MaxValue) throw Ovf(what); return (long)v; }
        internal static char Ch(long v) { if (v < 0 || v > 0xFFFF) throw Ovf("a character"); return (char)v; }
        internal static sbyte I1(long v) { if (v < sbyte.MinValue || v > sbyte.MaxValue) throw Ovf("a signed byte"); return (sbyte)v; }
        internal static byte U1(long v) { if (v < 0 || v > byte.MaxValue) throw Ovf("an unsigned byte"); return (byte)v; }
        internal static short I2(long v) { if (v < short.MinValue || v > short.MaxValue) throw Ovf("an Int16"); return (short)v; }
        internal static ushort U2(long v) { if (v < 0 || v > ushort.MaxValue) throw Ovf("a UInt16"); return (ushort)v; }
        internal static int I4(long v) { if (v < int.MinValue || v > int.MaxValue) throw Ovf("an Int32"); return (int)v; }
        internal static uint U4(long v) { if (v < 0 || v > uint.MaxValue) throw Ovf("a UInt32"); return (uint)v; }
        internal static ulong U8(long v) { if (v < 0) throw Ovf("a UInt64"); return (ulong)v; }
        // From double: rounded to even first, as Convert does.
        private static long D(double v, double min, double maxExclusive, string what)
        {
            double r = Math.Round(v);
            if (!(r >= min && r < maxExclusive)) throw Ovf(what);
            return (long)r;
        }
        internal static sbyte I1(double v) => (sbyte)D(v, -128, 128, "a signed byte");
        internal static byte U1(double v) => (byte)D(v, 0, 256, "an unsigned byte");
        internal static short I2(double v) => (short)D(v, -32768, 32768, "an Int16");
        internal static ushort U2(double v) => (ushort)D(v, 0, 65536, "a UInt16");
        internal static int I4(double v) => (int)D(v, -2147483648.0, 2147483648.0, "an Int32");
        internal static uint U4(double v) => (uint)D(v, 0, 4294967296.0, "a UInt32");
        // Convert.ToInt64/ToUInt64(double) are checked casts of the rounded value (the generic overflow message).
        internal static long I8(double v)
        {
            double r = Math.Round(v);
            if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0)) throw new OverflowException();
            return (long)r;
        }
        internal static ulong U8(double v)
        {
            double r = Math.Round(v);
            if (!(r > -1.0 && r < 18446744073709551616.0)) throw new OverflowException();
            return (ulong)r;
        }
        // From decimal: rounded to even first.
        private static long M(decimal v, long min, long max, string what)
        {
            decimal r = decimal.Round(v);
            if (r < min || r > max) throw Ovf(what);
            return (long)r;
        }
        internal static sbyte I1(decimal v) => (sbyte)M(v, sbyte.MinValue, sbyte.MaxValue, "a signed byte");
        internal static byte U1(decimal v) => (byte)M(v, 0, byte.MaxValue, "an unsigned byte");
        internal static short I2(decimal v) => (short)M(v, short.MinValue, short.MaxValue, "an Int16");
        internal static ushort U2(decimal v) => (ushort)M(v, 0, ushort.MaxValue, "a UInt16");
        internal static int I4(decimal v) => (int)M(v, int.MinValue, int.MaxValue, "an Int32");
        internal static uint U4(decimal v) => (uint)M(v, 0, uint.MaxValue, "a UInt32");
        internal static long I8(decimal v) => M(v, long.MinValue, long.MaxValue, "an Int64");
        internal static ulong U8(decimal v)
        {
            decimal r = decimal.Round(v);
            if (r < 0 || r > ulong.MaxValue) throw Ovf("a UInt64");
            return (ulong)r;
        }
        internal static char StrChar(string s)
        {
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }
        internal static object ToType(IConvertible v, Type t, IFormatProvider p)
        {
            if (t == null) throw new ArgumentNullException("conversionType");
            if (v.GetType() == t) return v;
            if (t == typeof(bool)) return v.ToBoolean(p);
            if (t == typeof(char)) return v.ToChar(p);
            if (t == typeof(sbyte)) return v.ToSByte(p);
            if (t == typeof(byte)) return v.ToByte(p);
            if (t == typeof(short)) return v.ToInt16(p);
            if (t == typeof(ushort)) return v.ToUInt16(p);
            if (t == typeof(int)) return v.ToInt32(p);
            if (t == typeof(uint)) return v.ToUInt32(p);
            if (t == typeof(long)) return v.ToInt64(p);
            if (t == typeof(ulong)) return v.ToUInt64(p);
            if (t == typeof(float)) return v.ToSingle(p);
            if (t == typeof(double)) return v.ToDouble(p);
            if (t == typeof(decimal)) return v.ToDecimal(p);
            if (t == typeof(DateTime)) return v.ToDateTime(p);
            if (t == typeof(string)) return v.ToString(p);
            if (t == typeof(object)) return v;
            throw new InvalidCastException("Invalid cast from '" + v.GetType().FullName + "' to '" + t.FullName + "'.");
        }
    }
}
