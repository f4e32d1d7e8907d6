// Math/MathF edge cases: Round in every MidpointRounding mode with and without digits,
// Floor/Ceiling/Truncate of signed zeros and huge values, Pow/Sqrt/Log/Atan2 special values,
// IEEERemainder vs %, Min/Max/MinMagnitude with NaN and signed zeros, Sign, Clamp, float MathF.
using System;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static double D(double x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static float F(float x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static decimal M(decimal x) => x;
    static string R(double x) => x.ToString("R");
    static string R(float x) => x.ToString("R");
    static void T(string name, Func<object> f)
    {
        string r;
        try { var v = f(); r = v is double d ? R(d) : v is float g ? R(g) : v.ToString()!; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }

    static void Main()
    {
        double[] vals = { 0.5, 1.5, 2.5, -0.5, -2.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497.0, -0.0, double.NaN, double.NegativeInfinity, 2.675, 1.005, 0.125, 0.375, -1.125 };
        MidpointRounding[] modes = { MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity };
        foreach (double v in vals)
        {
            Console.Write(R(v) + ":");
            foreach (var m in modes) Console.Write(" " + R(Math.Round(D(v), m)));
            Console.Write(" |2:");
            foreach (var m in modes) Console.Write(" " + R(Math.Round(D(v), 2, m)));
            Console.WriteLine($" | {R(Math.Floor(D(v)))} {R(Math.Ceiling(D(v)))} {R(Math.Truncate(D(v)))} {R(Math.Round(D(v), 0))} {R(Math.Round(D(v), 15))}");
        }
        float[] fvals = { 0.5f, 1.5f, 2.5f, -2.5f, 0.49999997f, 8388607.5f, -0f };
        foreach (float v in fvals)
            Console.WriteLine($"f {R(v)}: {R(MathF.Round(F(v)))} {R(MathF.Round(F(v), MidpointRounding.AwayFromZero))} {R(MathF.Round(F(v), 2))} {R(MathF.Floor(F(v)))} {R(MathF.Ceiling(F(v)))} {R(MathF.Truncate(F(v)))}");
        double nan = double.NaN, inf = double.PositiveInfinity;
        T("Pow(-8,1/3)", () => Math.Pow(D(-8), 1.0 / 3));
        T("Pow(0,-1)", () => Math.Pow(D(0), -1));
        T("Pow(-0,-1)", () => Math.Pow(D(-0.0), -1));
        T("Pow(-0,-2)", () => Math.Pow(D(-0.0), -2));
        T("Pow(-0,3)", () => Math.Pow(D(-0.0), 3));
        T("Pow(1,NaN)", () => Math.Pow(D(1), nan));
        T("Pow(NaN,0)", () => Math.Pow(nan, D(0)));
        T("Pow(-1,inf)", () => Math.Pow(D(-1), inf));
        T("Pow(0.5,-inf)", () => Math.Pow(D(0.5), -inf));
        T("Pow(-inf,3)", () => Math.Pow(-inf, D(3)));
        T("Pow(-inf,-3)", () => Math.Pow(-inf, D(-3)));
        T("Pow(-2,0.5)", () => Math.Pow(D(-2), 0.5));
        T("Pow(2,1024)", () => Math.Pow(D(2), 1024));
        T("Pow(2,-1075)", () => Math.Pow(D(2), -1075));
        T("Pow(-2,63)", () => Math.Pow(D(-2), 63));
        T("Sqrt(-0)", () => Math.Sqrt(D(-0.0)));
        T("Sqrt(-1)", () => Math.Sqrt(D(-1)));
        T("Sqrt(eps)", () => Math.Sqrt(double.Epsilon));
        T("Log(-0)", () => Math.Log(D(-0.0)));
        T("Log(inf)", () => Math.Log(inf));
        T("Log10(1000)", () => Math.Log10(D(1000)));
        T("Log2(0.125)", () => Math.Log2(D(0.125)));
        T("Log(8,2)", () => Math.Log(D(8), 2));
        T("Log(1,1)", () => Math.Log(D(1), 1));
        T("Log(2,-2)", () => Math.Log(D(2), -2));
        T("Exp(-inf)", () => Math.Exp(-inf));
        T("Exp(710)", () => Math.Exp(D(710)));
        T("Atan2(0,-0)", () => Math.Atan2(D(0.0), -0.0) == Math.PI);
        T("Atan2(-0,-0)", () => Math.Atan2(D(-0.0), -0.0) == -Math.PI);
        T("Atan2(-0,0)", () => 1 / Math.Atan2(D(-0.0), 0.0));
        T("Atan2(inf,inf)", () => Math.Atan2(inf, D(inf)) == Math.PI / 4);
        T("IEEERemainder(5,2)", () => Math.IEEERemainder(D(5), 2));
        T("IEEERemainder(7,2)", () => Math.IEEERemainder(D(7), 2));
        T("IEEERemainder(-5,2)", () => Math.IEEERemainder(D(-5), 2));
        T("IEEERemainder(5,0)", () => Math.IEEERemainder(D(5), 0));
        T("IEEERemainder(inf,2)", () => Math.IEEERemainder(inf, D(2)));
        T("IEEERemainder(5,inf)", () => Math.IEEERemainder(D(5), inf));
        T("Max(-0,0)", () => 1 / Math.Max(D(-0.0), 0.0));
        T("Max(0,-0)", () => 1 / Math.Max(D(0.0), -0.0));
        T("Min(NaN,1)", () => Math.Min(nan, D(1)));
        T("Min(1,NaN)", () => Math.Min(D(1), nan));
        T("MaxMagnitude(-2,2)", () => Math.MaxMagnitude(D(-2), 2));
        T("MinMagnitude(-2,2)", () => Math.MinMagnitude(D(-2), 2));
        T("MaxMagnitude(NaN,1)", () => Math.MaxMagnitude(nan, D(1)));
        T("double.MaxNumber(NaN,1)", () => double.MaxNumber(nan, D(1)));
        T("double.MinNumber(1,NaN)", () => double.MinNumber(D(1), nan));
        T("double.Max(NaN,1)", () => double.Max(nan, D(1)));
        T("MathF.Max(-0,0)", () => 1 / MathF.Max(F(-0f), 0f));
        T("MathF.Min(NaN,1)", () => MathF.Min(float.NaN, F(1)));
        T("Sign(NaN)", () => Math.Sign(nan));
        T("Sign(-0)", () => Math.Sign(D(-0.0)));
        T("Sign(-inf)", () => Math.Sign(-inf));
        T("Clamp(NaN,0,1)", () => Math.Clamp(nan, D(0), 1));
        T("Abs(-0)", () => 1 / Math.Abs(D(-0.0)));
        T("Abs(sbyte.Min)", () => Math.Abs(sbyte.MinValue + (sbyte)D(0)));
        T("CopySign(1,NaN)", () => Math.CopySign(D(1), -nan));
        T("ScaleB(1,-1075)", () => Math.ScaleB(D(1), -1075));
        T("ScaleB(1,1024)", () => Math.ScaleB(D(1), 1024));
        T("ScaleB(3,-1074)", () => Math.ScaleB(D(3), -1074));
        T("ILogB(0)", () => Math.ILogB(D(0)));
        T("ILogB(eps)", () => Math.ILogB(double.Epsilon));
        T("BitDecrement(0)", () => Math.BitDecrement(D(0)));
        T("BitIncrement(-0)", () => Math.BitIncrement(D(-0.0)));
        T("BitIncrement(max)", () => Math.BitIncrement(double.MaxValue));
        T("BitIncrement(-inf)", () => Math.BitIncrement(-inf));
        T("FMA exact", () => Math.FusedMultiplyAdd(D(1e16), 1e16, -1e32));
        T("FMA(0.1,10,-1)", () => Math.FusedMultiplyAdd(D(0.1), 10, -1));
        T("MathF.FMA", () => MathF.FusedMultiplyAdd(F(0.1f), 10f, -1f));
        T("Cbrt(-0)", () => 1 / Math.Cbrt(D(-0.0)));
        T("Tan(pi/2)", () => Math.Tan(D(Math.PI / 2)) > 1e15);
        T("Sin(1e22)", () => Math.Sin(D(1e22)).ToString("F10"));
        T("Cos(1e300)", () => Math.Cos(D(1e300)).ToString("F10"));
        T("Asin(1.0000001)", () => Math.Asin(D(1.0000001)));
        T("Acosh(1)", () => Math.Acosh(D(1)));
        T("Atanh(1)", () => Math.Atanh(D(1)));
        T("Atanh(-1)", () => Math.Atanh(D(-1)));
        T("Tanh(inf)", () => Math.Tanh(inf));
        T("Sinh(-inf)", () => Math.Sinh(-inf));
        T("ReciprocalEstimate(4)", () => Math.ReciprocalEstimate(D(4)));
        T("Round(decimal 2.5)", () => Math.Round(M(2.5m)));
        T("Round(decimal -2.45,1,away)", () => Math.Round(M(-2.45m), 1, MidpointRounding.AwayFromZero));
        T("Floor(decimal -1.1)", () => Math.Floor(M(-1.1m)));
        T("Truncate(decimal -1.9)", () => Math.Truncate(M(-1.9m)));
        T("decimal 1/3*3", () => M(1m) / 3 * 3);
        T("decimal max+1", () => decimal.MaxValue + M(1));
        T("decimal div0", () => 1m / (decimal)D(0));
        T("decimal %", () => M(-7.5m) % 2);
        T("(decimal)1e-30", () => (decimal)D(1e-30));
        T("(decimal)1e29", () => (decimal)D(1e29));
        T("(decimal)NaN", () => (decimal)nan);
        T("(long)decimal 9.9e18", () => (long)M(9.9e18m));
        T("(int)decimal -2147483648.9", () => (int)M(-2147483648.9m));
        T("decimal scale", () => (M(1.10m) + 2.200m).ToString() + " " + (M(1.5m) * 2.00m) + " " + (M(10m) / 4) + " " + M(0.000m));
    }
}
