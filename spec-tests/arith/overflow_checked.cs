// checked and unchecked integer arithmetic: overflow exceptions, wrapping, division edge cases,
// shifts with large counts, and conversions between signed and unsigned types
int max = int.MaxValue, min = int.MinValue;
Console.WriteLine(unchecked(max + 1) + " " + unchecked(min - 1) + " " + unchecked(max * 2));
string Try(Func<object> f) { try { return f().ToString()!; } catch (Exception e) { return e.GetType().Name; } }
Console.WriteLine(Try(() => checked(max + 1)));
Console.WriteLine(Try(() => checked(min - 1)));
Console.WriteLine(Try(() => checked(-min)));
Console.WriteLine(Try(() => checked((byte)V(300))));
Console.WriteLine(Try(() => checked((uint)V(-1))));
Console.WriteLine(Try(() => checked((int)V(3e9))));
Console.WriteLine(Try(() => checked((long)V(ulong.MaxValue))));
Console.WriteLine(Try(() => checked(V(long.MaxValue) * 2)));
Console.WriteLine(Try(() => checked(V((ulong)0) - 1)));
Console.WriteLine(Try(() => min / -1));
Console.WriteLine(Try(() => min % -1));
Console.WriteLine(Try(() => 5 / int.Parse("0")));
Console.WriteLine(Try(() => 5L % long.Parse("0")));
Console.WriteLine(Try(() => 5.0 / int.Parse("0")));
Console.WriteLine(Try(() => 7m / decimal.Parse("0")));
Console.WriteLine(unchecked((byte)V(300)) + " " + unchecked((sbyte)200) + " " + unchecked((ushort)-1) + " " + unchecked((short)40000));
Console.WriteLine(unchecked((uint)V(int.MinValue) + " " + (int)V(uint.MaxValue) + " " + (ulong)V(-2L) + " " + (long)V(ulong.MaxValue)));
int s = 1;
Console.WriteLine((s << 33) + " " + (1L << 65) + " " + (-16 >> 2) + " " + (-16 >>> 2) + " " + (0x80000000u >> 31));
Console.WriteLine(-7 / 2 + " " + -7 % 2 + " " + 7 % -2 + " " + -7.5 % 2 + " " + Math.DivRem(-7, 2, out int rem) + " " + rem);
Console.WriteLine(int.Abs(-5) + " " + Try(() => Math.Abs(int.MinValue)));
Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Sign(-3.5) + " " + Math.Max(-0.0, 0.0) + " " + Math.Min(double.NaN, 1));
Console.WriteLine(int.RotateLeft(1, 33) + " " + uint.RotateRight(1, 1) + " " + int.PopCount(255) + " " + int.LeadingZeroCount(1) + " " + long.TrailingZeroCount(64));
Console.WriteLine(Math.BigMul(int.MaxValue, int.MaxValue) + " " + (ulong)Math.BigMul(ulong.MaxValue, 3UL, out ulong low) + " " + low);
static T V<T>(T x) => x;
