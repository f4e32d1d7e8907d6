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
        public static double Round(double value, int digits) => RoundCore(value, digits, 0);
        public static double Round(double value, MidpointRounding mode) => RoundCore(value, 0, (int)mode);
        public static double Round(double value, int digits, MidpointRounding mode) => RoundCore(value, digits, (int)mode);
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
        public static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
        public static long BigMul(int a, int b) => (long)a * b;
        public static int DivRem(int a, int b, out int result) { result = a % b; return a / b; }
    }

    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3, ToPositiveInfinity = 4 }
}
