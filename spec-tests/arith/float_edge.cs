// floating-point edge cases: NaN comparisons, signed zero, infinities, subnormals, rounding
// modes of Math.Round, float vs double precision, saturating casts and bit conversions
double nan = double.NaN, inf = double.PositiveInfinity, negz = -0.0;
Console.WriteLine($"{nan == nan} {nan != nan} {nan < 1} {nan.Equals(nan)} {nan.CompareTo(0)} {double.IsNaN(0 / negz)}");
Console.WriteLine($"{1 / negz} {1 / 0.0} {negz == 0.0} {negz.Equals(0.0)} {double.IsNegative(negz)} {BitConverter.DoubleToInt64Bits(negz):X}");
Console.WriteLine($"{inf - inf} {inf * 0} {inf + 1 == inf} {-inf < double.MinValue}");
Console.WriteLine($"{double.Epsilon} {double.Epsilon / 2} {double.MaxValue * 2} {float.Epsilon} {double.IsSubnormal(double.Epsilon)}");
Console.WriteLine($"{0.1 + 0.2} {0.1f + 0.2f} {(float)0.1 == 0.1} {1.0 / 3} {1.0f / 3}");
foreach (var v in new[] { 0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005 })
    Console.WriteLine($"{v}: {Math.Round(v)} {Math.Round(v, MidpointRounding.AwayFromZero)} {Math.Round(v, MidpointRounding.ToZero)} {Math.Round(v, 2)} {Math.Floor(v)} {Math.Ceiling(v)} {Math.Truncate(v)}");
Console.WriteLine($"{(int)nan} {(int)inf} {(int)-inf} {(long)V(1e19)} {(uint)V(-5.7)} {(byte)V(300.5)} {(int)V(-2.9)} {(ulong)V(-1.0)}");
Console.WriteLine($"{BitConverter.SingleToInt32Bits(1f):X8} {BitConverter.Int64BitsToDouble(0x4010000000000000)} {BitConverter.Int32BitsToSingle(0x7F800000)}");
Console.WriteLine($"{Math.Sqrt(-1)} {Math.Sqrt(2):F12} {Math.Pow(2, 0.5):F12} {Math.Pow(0, 0)} {Math.Pow(-8, 1.0 / 3)} {Math.Cbrt(-8)}");
Console.WriteLine($"{Math.FusedMultiplyAdd(0.1, 10, -1):E3} {Math.IEEERemainder(10, 3)} {10 % 3.0} {-10 % 3.0} {Math.ScaleB(1, -1074)}");
Console.WriteLine($"{double.MaxValue} {double.MinValue} {float.MaxValue} {float.MinValue} {(float)double.MaxValue}");
Console.WriteLine($"{Math.BitIncrement(1.0)} {Math.BitDecrement(1.0)} {double.CopySign(3, -0.0)} {Math.Abs(negz)}");
Console.WriteLine($"{(double)long.MaxValue} {(float)int.MaxValue} {(double)ulong.MaxValue} {(decimal)0.1} {(double)0.1m}");
Console.WriteLine($"{double.Parse("1e308") * 10} {double.Parse("-0")} {float.Parse("3.4028236e38")} {double.Parse("4.9e-325")}");
Console.WriteLine($"{Math.Min(-0.0, 0.0)} {Math.Max(nan, 1)} {double.MaxNumber(nan, 1)} {double.MinMagnitude(-2, 1)}");
static T V<T>(T x) => x;
