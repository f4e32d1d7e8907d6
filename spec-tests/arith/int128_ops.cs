// Int128/UInt128: arithmetic past 64 bits, multiplication and division, shifts, parsing and
// formatting (decimal, hex), overflow in checked contexts, conversions to/from long/double,
// comparisons, and Math.BigMul high/low parts
Int128 a = long.MaxValue;
a *= 1000;
Console.WriteLine(a + " " + (a + 1) + " " + (a / 7) + " " + (a % 7) + " " + (-a));
UInt128 u = UInt128.MaxValue;
Console.WriteLine(u + " " + (u >> 64) + " " + (u >> 127) + " " + ((UInt128)1 << 100) + " " + (u / 3));
Console.WriteLine(Int128.MaxValue + " " + Int128.MinValue + " " + Int128.One + " " + Int128.NegativeOne);
Console.WriteLine(Int128.Parse("-170141183460469231731687303715884105728") == Int128.MinValue);
Console.WriteLine(UInt128.Parse("340282366920938463463374607431768211455") == UInt128.MaxValue);
Console.WriteLine(((Int128)255).ToString("X") + " " + ((UInt128)1 << 127).ToString("X") + " " + ((Int128)(-1)).ToString("X"));
try { var x = checked(Int128.MaxValue + 1); Console.WriteLine(x); } catch (OverflowException) { Console.WriteLine("Int128 overflow"); }
try { var y = checked((long)a); Console.WriteLine(y); } catch (OverflowException) { Console.WriteLine("narrowing overflow"); }
Console.WriteLine((long)(a >> 10) + " " + (double)a + " " + (Int128)1e30 + " " + (ulong)(u & ulong.MaxValue));
Console.WriteLine((a > long.MaxValue) + " " + (Int128.MinValue < 0) + " " + a.CompareTo(a + 1) + " " + Int128.Abs(-a).Equals(a));
Console.WriteLine(Int128.Max(3, -5) + " " + Int128.Sign(-a) + " " + Int128.IsPow2(1024) + " " + Int128.Log2(a) + " " + UInt128.PopCount(u) + " " + Int128.LeadingZeroCount(1));
ulong hi = Math.BigMul(0xFFFFFFFFFFFFFFFFUL, 0xFFFFFFFFFFFFFFFFUL, out ulong lo);
Console.WriteLine(hi + " " + lo);
Int128 fact = 1;
for (int i = 1; i <= 33; i++) fact *= i;
Console.WriteLine("33! = " + fact);
UInt128 fib1 = 0, fib2 = 1;
for (int i = 0; i < 180; i++) (fib1, fib2) = (fib2, fib1 + fib2);
Console.WriteLine("fib(180) = " + fib1);
