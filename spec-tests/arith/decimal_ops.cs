// decimal arithmetic: scale preservation on add/multiply, trailing zeros in ToString, division
// to 28 digits, rounding modes, truncation, conversions, comparisons ignoring scale, and overflow
decimal a = 1.10m, b = 2.205m;
Console.WriteLine($"{a + b} {a * b} {b - a} {a * 100} {a / 3} {b / a} {1m / 7m}");
Console.WriteLine($"{1.0m} {1.00m * 1.000m} {(1.10m == 1.1m)} {1.10m.Equals(1.1m)} {decimal.Compare(2.50m, 2.5m)}");
foreach (var v in new[] { 2.345m, 2.355m, -2.345m, 2.5m, 3.5m, -0.5m })
    Console.WriteLine($"{v}: {Math.Round(v, 2)} {Math.Round(v, 2, MidpointRounding.AwayFromZero)} {Math.Round(v)} {decimal.Truncate(v)} {decimal.Floor(v)} {decimal.Ceiling(v)} {Math.Round(v, 1, MidpointRounding.ToZero)}");
Console.WriteLine($"{decimal.MaxValue} {decimal.MinValue} {decimal.One / 3 * 3} {0.1m + 0.2m == 0.3m}");
Console.WriteLine($"{(int)12.99m} {(long)-7.5m} {(double)0.1m} {(decimal)0.1f} {(decimal)1e-5} {(decimal)123456789.123456789}");
Console.WriteLine($"{decimal.Parse("1.2300")} {decimal.Parse("-0.000")} {decimal.Parse("1e2", System.Globalization.NumberStyles.Float)} {decimal.Parse("  42  ")}");
try { var x = V(decimal.MaxValue) + 1; Console.WriteLine(x); } catch (OverflowException e) { Console.WriteLine(e.Message); }
try { Console.WriteLine(1m / V(decimal.Zero)); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
try { Console.WriteLine((int)V(1e10m)); } catch (OverflowException e) { Console.WriteLine(e.Message); }
Console.WriteLine($"{decimal.Remainder(10.5m, 3)} {-10.5m % 3} {decimal.Negate(5.5m)} {decimal.Abs(-3.25m)} {Math.Max(1.5m, 1.50m)}");
var parts = decimal.GetBits(123.45m);
Console.WriteLine(string.Join(",", parts) + " scale=" + 123.45m.Scale);
Console.WriteLine($"{0.00000000000000000000000001m} {0.000000000000000000000000001m * 10} {79228162514264337593543950335m / 10}");
decimal sum = 0;
for (int i = 0; i < 10; i++) sum += 0.1m;
Console.WriteLine($"{sum} {sum == 1m} {sum.ToString("F4")} {sum:C2} {1234.5m:N} {0.125m:P}");
Console.WriteLine($"{3m.CompareTo(2.99m)} {new[] { 3.1m, 1.5m, 2.25m }.Max()} {new[] { 3.1m, 1.5m, 2.25m }.Average()} {new[] { 3.1m, 1.5m, 2.25m }.Sum()}");
static T V<T>(T x) => x;
