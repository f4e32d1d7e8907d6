using System.Runtime.CompilerServices;

namespace System
{
    public static class Environment
    {
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void Exit(int exitCode);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern void FailFast(string message);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern string GetEnvironmentVariable(string variable);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern string[] GetCommandLineArgs();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetTickCount();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string GetStackTrace();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetExitCode();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SetExitCode(int value);
        public static string NewLine => "\n";
        public static int ProcessorCount => 1;
        public static bool Is64BitProcess => false;
        public static int TickCount => GetTickCount();
        public static long TickCount64 => GetTickCount();
        public static string StackTrace => GetStackTrace();
        public static int ExitCode { get => GetExitCode(); set => SetExitCode(value); }
        public static int CurrentManagedThreadId => 1;
    }

    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;
        public const double Tau = 6.283185307179586476925;
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double Unary(int op, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double RoundCore(double x, int digits, int mode);
        public static double Sqrt(double d) => Unary(0, d);
        public static double Sin(double a) => Unary(1, a);
        public static double Cos(double d) => Unary(2, d);
        public static double Tan(double a) => Unary(3, a);
        public static double Asin(double d) => Unary(4, d);
        public static double Acos(double d) => Unary(5, d);
        public static double Atan(double d) => Unary(6, d);
        public static double Exp(double d) => Unary(7, d);
        public static double Log(double d) => Unary(8, d);
        public static double Log10(double d) => Unary(9, d);
        public static double Log2(double d) => Unary(10, d);
        public static double Floor(double d) => Unary(11, d);
        public static double Ceiling(double a) => Unary(12, a);
        public static double Truncate(double d) => Unary(13, d);
        public static double Cbrt(double d) => Unary(14, d);
        public static double Sinh(double d) => Unary(15, d);
        public static double Cosh(double d) => Unary(16, d);
        public static double Tanh(double d) => Unary(17, d);
        public static double Log(double a, double newBase) => Log(a) / Log(newBase);
        public static double Round(double a) => RoundCore(a, 0, 0);
        public static double Round(double value, int digits) => Round(value, digits, MidpointRounding.ToEven);
        public static double Round(double value, MidpointRounding mode) => Round(value, 0, mode);
        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 15) throw new ArgumentOutOfRangeException(nameof(digits), "Rounding digits must be between 0 and 15, inclusive.");
            CheckMidpointMode(mode);
            // As .NET: values of 1e16 and more are integers already and are returned unchanged (no overflow
            // from scaling); otherwise scaled by an exact power of ten, rounded, scaled back.
            if (!(Abs(value) < 1e16)) return value;
            if (digits == 0) return RoundCore(value, 0, (int)mode);
            double p = Power10(digits);
            return RoundCore(value * p, 0, (int)mode) / p;
        }
        internal static double Power10(int digits)
        {
            double p = 1;
            for (int i = 0; i < digits; i++) p *= 10; // exact up to 1e22
            return p;
        }
        internal static void CheckMidpointMode(MidpointRounding mode)
        {
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity)
                throw new ArgumentException("The value '" + mode.ToString() + "' is not valid for this usage of the type MidpointRounding.", nameof(mode));
        }
        public static int Abs(int value)
        {
            if (value < 0) { if (value == int.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return -value; }
            return value;
        }
        public static long Abs(long value)
        {
            if (value < 0) { if (value == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid."); return -value; }
            return value;
        }
        public static double Abs(double value) => value < 0 || (value == 0 && 1 / value < 0) ? -value : value;
        public static float Abs(float value) => value < 0 || (value == 0 && 1 / value < 0) ? -value : value;
        public static int Max(int a, int b) => a >= b ? a : b;
        public static long Max(long a, long b) => a >= b ? a : b;
        public static uint Max(uint a, uint b) => a >= b ? a : b;
        public static double Max(double a, double b) => a > b || double.IsNaN(a) ? a : a == b ? (a == 0 && 1 / a < 0 ? b : a) : b;
        public static float Max(float a, float b) => (float)Max((double)a, (double)b);
        public static int Min(int a, int b) => a <= b ? a : b;
        public static long Min(long a, long b) => a <= b ? a : b;
        public static uint Min(uint a, uint b) => a <= b ? a : b;
        public static double Min(double a, double b) => a < b || double.IsNaN(a) ? a : a == b ? (a == 0 && 1 / a < 0 ? a : b) : b;
        public static float Min(float a, float b) => (float)Min((double)a, (double)b);
        public static int Sign(int value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(long value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(double value)
        {
            if (double.IsNaN(value)) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }
        public static int Clamp(int value, int min, int max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static double Clamp(double value, double min, double max)
        {
            if (min > max) ClampFail(min, max);
            return value < min ? min : value > max ? max : value;
        }
        private static void ClampFail<T>(T min, T max) => throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
        public static long BigMul(int a, int b) => (long)a * b;
        public static ulong BigMul(uint a, uint b) => (ulong)a * b;
        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong al = (uint)a, ah = a >> 32, bl = (uint)b, bh = b >> 32;
            ulong mull = al * bl, t = ah * bl + (mull >> 32), tl = al * bh + (uint)t;
            low = (tl << 32) | (uint)mull;
            return ah * bh + (t >> 32) + (tl >> 32);
        }
        public static long BigMul(long a, long b, out long low)
        {
            ulong high = BigMul((ulong)a, (ulong)b, out ulong ulow);
            low = (long)ulow;
            return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
        }
        public static int DivRem(int a, int b, out int result) { result = a % b; return a / b; }
        public static long DivRem(long a, long b, out long result) { result = a % b; return a / b; }
        public static (int Quotient, int Remainder) DivRem(int left, int right) => (left / right, left % right);
        public static (long Quotient, long Remainder) DivRem(long left, long right) => (left / right, left % right);
        public static (uint Quotient, uint Remainder) DivRem(uint left, uint right) => (left / right, left % right);
        public static short Abs(short value)
        {
            if (value == short.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? (short)-value : value;
        }
        public static sbyte Abs(sbyte value)
        {
            if (value == sbyte.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? (sbyte)-value : value;
        }
        public static decimal Abs(decimal value) => decimal.Abs(value);
        public static byte Max(byte a, byte b) => a >= b ? a : b;
        public static short Max(short a, short b) => a >= b ? a : b;
        public static ulong Max(ulong a, ulong b) => a >= b ? a : b;
        public static decimal Max(decimal a, decimal b) => decimal.Max(a, b);
        public static byte Min(byte a, byte b) => a <= b ? a : b;
        public static short Min(short a, short b) => a <= b ? a : b;
        public static ulong Min(ulong a, ulong b) => a <= b ? a : b;
        public static decimal Min(decimal a, decimal b) => decimal.Min(a, b);
        public static int Sign(float value) => Sign((double)value);
        public static int Sign(decimal value) => decimal.Sign(value);
        public static int Sign(short value) => Sign((int)value);
        public static int Sign(sbyte value) => Sign((int)value);
        public static long Clamp(long value, long min, long max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max) ClampFail(min, max);
            return value < min ? min : value > max ? max : value;
        }
        public static byte Clamp(byte value, byte min, byte max)
        {
            if (min > max) ClampFail(min, max);
            return value < min ? min : value > max ? max : value;
        }
        public static float Clamp(float value, float min, float max)
        {
            if (min > max) ClampFail(min, max);
            return value < min ? min : value > max ? max : value;
        }
        public static decimal Clamp(decimal value, decimal min, decimal max)
        {
            if (min > max) ClampFail(min, max);
            return value < min ? min : value > max ? max : value;
        }
        public static decimal Round(decimal d) => decimal.Round(d);
        public static decimal Round(decimal d, int decimals) => decimal.Round(d, decimals);
        public static decimal Round(decimal d, MidpointRounding mode) => decimal.Round(d, mode);
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) => decimal.Round(d, decimals, mode);
        public static decimal Floor(decimal d) => decimal.Floor(d);
        public static decimal Ceiling(decimal d) => decimal.Ceiling(d);
        public static decimal Truncate(decimal d) => decimal.Truncate(d);
        public static double CopySign(double x, double y) => BitConverter.Int64BitsToDouble((BitConverter.DoubleToInt64Bits(x) & long.MaxValue) | (BitConverter.DoubleToInt64Bits(y) & long.MinValue));
        public static double FusedMultiplyAdd(double x, double y, double z) => FmaCore(x, y, z);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double FmaCore(double x, double y, double z);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double FmaSingleCore(double x, double y, double z);
        public static double IEEERemainder(double x, double y)
        {
            if (double.IsNaN(x) || double.IsNaN(y) || double.IsInfinity(x) || y == 0) return double.NaN;
            if (double.IsInfinity(y)) return x;
            double q = Round(x / y, MidpointRounding.ToEven);
            double r = x - q * y;
            if (r == 0) return x < 0 ? -0.0 : 0.0;
            return r;
        }
        public static int ILogB(double x)
        {
            if (x == 0) return int.MinValue;
            if (double.IsNaN(x) || double.IsInfinity(x)) return int.MaxValue;
            long bits = BitConverter.DoubleToInt64Bits(x);
            int exp = (int)((bits >> 52) & 0x7FF);
            if (exp == 0) { long m = bits & 0xFFFFFFFFFFFFFL; int lz = 0; while ((m & (1L << 51)) == 0) { m <<= 1; lz++; } return -1023 - lz; }
            return exp - 1023;
        }
        public static double ScaleB(double x, int n)
        {
            double r = x;
            while (n > 1000) { r *= 8.98846567431158e307; n -= 1023; if (double.IsInfinity(r)) return r; }
            while (n < -1000) { r *= 2.2250738585072014e-308 * 4503599627370496.0; n += 1022 - 52; if (r == 0) return r; }
            return r * Pow(2, n);
        }
        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000) return bits == unchecked((long)0xFFF0000000000000) ? double.MinValue : x;
            if (bits == unchecked((long)0x8000000000000000)) return double.Epsilon;
            bits += bits < 0 ? -1 : 1;
            return BitConverter.Int64BitsToDouble(bits);
        }
        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000) return bits == 0x7FF0000000000000 ? double.MaxValue : x;
            if (bits == 0) return -double.Epsilon;
            bits += bits < 0 ? 1 : -1;
            return BitConverter.Int64BitsToDouble(bits);
        }
        public static double MaxMagnitude(double x, double y) { double ax = Abs(x), ay = Abs(y); return ax > ay || double.IsNaN(ax) ? x : ax == ay ? (x < 0 ? y : x) : y; }
        public static double MinMagnitude(double x, double y) { double ax = Abs(x), ay = Abs(y); return ax < ay || double.IsNaN(ax) ? x : ax == ay ? (x < 0 ? x : y) : y; }
        // The C library's asinh/acosh/atanh (exact at ±0, accurate near 0, no cancellation for negative x).
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double Hyperbolic(int op, double x);
        public static double Asinh(double x) => Hyperbolic(0, x);
        public static double Acosh(double x) => Hyperbolic(1, x);
        public static double Atanh(double x) => Hyperbolic(2, x);
        public static double ReciprocalEstimate(double d) => 1.0 / d;
    }

    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3, ToPositiveInfinity = 4 }
}

namespace System
{
    public static class MathF
    {
        public const float PI = 3.14159265f;
        public const float E = 2.71828183f;
        public const float Tau = 6.28318548f;
        public static float Sqrt(float x) => (float)Math.Sqrt(x);
        public static float Abs(float x) => Math.Abs(x);
        public static float Sin(float x) => (float)Math.Sin(x);
        public static float Cos(float x) => (float)Math.Cos(x);
        public static float Tan(float x) => (float)Math.Tan(x);
        public static float Asin(float x) => (float)Math.Asin(x);
        public static float Acos(float x) => (float)Math.Acos(x);
        public static float Atan(float x) => (float)Math.Atan(x);
        public static float Atan2(float y, float x) => (float)Math.Atan2(y, x);
        public static float Exp(float x) => (float)Math.Exp(x);
        public static float Log(float x) => (float)Math.Log(x);
        public static float Log(float x, float y) => (float)Math.Log(x, y);
        public static float Log10(float x) => (float)Math.Log10(x);
        public static float Log2(float x) => (float)Math.Log2(x);
        public static float Pow(float x, float y) => (float)Math.Pow(x, y);
        public static float Floor(float x) => (float)Math.Floor(x);
        public static float Ceiling(float x) => (float)Math.Ceiling(x);
        public static float Truncate(float x) => (float)Math.Truncate(x);
        public static float Round(float x) => (float)Math.Round(x);
        public static float Round(float x, int digits) => Round(x, digits, MidpointRounding.ToEven);
        public static float Round(float x, MidpointRounding mode) => Round(x, 0, mode);
        public static float Round(float x, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 6) throw new ArgumentOutOfRangeException(nameof(digits), "Rounding digits must be between 0 and 6, inclusive.");
            Math.CheckMidpointMode(mode);
            // Scaled in float32, as .NET's MathF does, below 1e8 (larger floats are integers).
            if (!(Abs(x) < 1e8f)) return x;
            float p = (float)Math.Power10(digits);
            float scaled = x * p;
            float r = (float)Math.Round(scaled, mode);
            return r / p;
        }
        public static float Max(float x, float y) => Math.Max(x, y);
        public static float Min(float x, float y) => Math.Min(x, y);
        public static int Sign(float x) => Math.Sign(x);
        public static float Cbrt(float x) => (float)Math.Cbrt(x);
        public static float Sinh(float x) => (float)Math.Sinh(x);
        public static float Cosh(float x) => (float)Math.Cosh(x);
        public static float Tanh(float x) => (float)Math.Tanh(x);
        public static float CopySign(float x, float y) => (float)Math.CopySign(x, y);
        public static float FusedMultiplyAdd(float x, float y, float z) => (float)Math.FmaSingleCore(x, y, z);
    }
}

namespace System.Numerics
{
    public static class BitOperations
    {
        public static bool IsPow2(int value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(uint value) => (value & (value - 1)) == 0 && value != 0;
        public static bool IsPow2(long value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(ulong value) => (value & (value - 1)) == 0 && value != 0;
        public static int LeadingZeroCount(uint value) { if (value == 0) return 32; int n = 0; while ((value & 0x80000000u) == 0) { value <<= 1; n++; } return n; }
        public static int LeadingZeroCount(ulong value) { uint hi = (uint)(value >> 32); return hi != 0 ? LeadingZeroCount(hi) : 32 + LeadingZeroCount((uint)value); }
        public static int TrailingZeroCount(int value) => TrailingZeroCount((uint)value);
        public static int TrailingZeroCount(uint value) { if (value == 0) return 32; int n = 0; while ((value & 1) == 0) { value >>= 1; n++; } return n; }
        public static int TrailingZeroCount(long value) => TrailingZeroCount((ulong)value);
        public static int TrailingZeroCount(ulong value) { uint lo = (uint)value; return lo != 0 ? TrailingZeroCount(lo) : 32 + TrailingZeroCount((uint)(value >> 32)); }
        public static int PopCount(uint value) { value -= (value >> 1) & 0x55555555u; value = (value & 0x33333333u) + ((value >> 2) & 0x33333333u); return (int)((((value + (value >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24); }
        public static int PopCount(ulong value) => PopCount((uint)value) + PopCount((uint)(value >> 32));
        public static int Log2(uint value) => 31 - LeadingZeroCount(value | 1);
        public static int Log2(ulong value) => 63 - LeadingZeroCount(value | 1);
        public static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
        public static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));
        public static uint RotateRight(uint value, int offset) => (value >> offset) | (value << (32 - offset));
        public static ulong RotateRight(ulong value, int offset) => (value >> offset) | (value << (64 - offset));
        public static uint RoundUpToPowerOf2(uint value) { --value; value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16; return value + 1; }
        public static ulong RoundUpToPowerOf2(ulong value) { --value; value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16; value |= value >> 32; return value + 1; }
    }
}
