// OverflowException and DivideByZeroException from checked arithmetic and conversions: add, sub,
// mul for int/uint/long/ulong/nint, checked negation, increment, conv.ovf from floating point
// (NaN, infinities, just past the range), from signed to unsigned and narrowing, decimal
// conversions and their messages; unchecked versions do not throw
static void T(string what, Func<object> f)
{
    try { Console.WriteLine(what + ": " + f()); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}"); }
}
static int I(int x) => x;
static long L(long x) => x;
static double D(double x) => x;
T("int add", () => checked(I(int.MaxValue) + I(1)));
T("int sub", () => checked(I(int.MinValue) - I(1)));
T("int mul", () => checked(I(65536) * I(65536)));
T("int neg", () => checked(-I(int.MinValue)));
T("int inc", () => { int x = I(int.MaxValue); checked { x++; } return x; });
T("uint sub", () => checked((uint)I(1) - (uint)I(2)));
T("uint mul", () => checked((uint)I(70000) * (uint)I(70000)));
T("long add", () => checked(L(long.MaxValue) + L(1)));
T("long mul", () => checked(L(1L << 32) * L(1L << 31)));
T("long neg", () => checked(-L(long.MinValue)));
T("ulong add", () => checked((ulong)L(-1) + 1UL));
T("ulong sub", () => checked(0UL - (ulong)L(1)));
T("short compound", () => { short sh = (short)I(32767); checked { sh += 1; } return sh; });
T("byte inc", () => { byte b = (byte)I(255); checked { b++; } return b; });
T("int / -1 MinValue", () => I(int.MinValue) / I(-1));
T("int % -1 MinValue", () => I(int.MinValue) % I(-1));
T("long % -1 MinValue", () => L(long.MinValue) % L(-1));
T("checked int / -1 MinValue", () => checked(I(int.MinValue) / I(-1)));
T("int % -1 normal", () => I(7) % I(-1));
T("long / 0", () => L(5) / L(0));
T("uint % 0", () => (uint)I(5) % (uint)I(0));
T("double NaN to int", () => checked((int)D(double.NaN)));
T("double +inf to long", () => checked((long)D(double.PositiveInfinity)));
T("double 2^31 to int", () => checked((int)D(2147483648.0)));
T("double 2^31-0.5 to int", () => checked((int)D(2147483647.5)));
T("double -2^31-0.5 to int", () => checked((int)D(-2147483648.5)));
T("double -2^31-1 to int", () => checked((int)D(-2147483649.0)));
T("double -0.9 to uint", () => checked((uint)D(-0.9)));
T("double -1 to uint", () => checked((uint)D(-1.0)));
T("double 2^64 to ulong", () => checked((ulong)D(18446744073709551616.0)));
T("double 2^63 to long", () => checked((long)D(9223372036854775808.0)));
T("float 1e10 to int", () => checked((int)(float)D(1e10)));
T("double 255.9 to byte", () => checked((byte)D(255.9)));
T("double 256 to byte", () => checked((byte)D(256.0)));
T("double -128.9 to sbyte", () => checked((sbyte)D(-128.9)));
T("unchecked NaN to int", () => unchecked((int)D(double.NaN)));
T("unchecked 1e20 to long", () => unchecked((long)D(1e20)));
T("unchecked -1 to uint", () => unchecked((uint)D(-1.0)));
T("long to int", () => checked((int)L(1L << 31)));
T("int to uint negative", () => checked((uint)I(-1)));
T("uint to int large", () => checked((int)(uint)L(uint.MaxValue)));
T("ulong to long", () => checked((long)(ulong)L(-1)));
T("long to ulong negative", () => checked((ulong)L(-5)));
T("int to char", () => checked((char)I(70000)));
T("char to sbyte", () => checked((sbyte)(char)I(200)));
T("int to byte", () => checked((byte)I(256)));
T("int to short neg", () => checked((short)I(-32769)));
T("decimal to int", () => (int)(decimal)L(1L << 40));
T("decimal to long", () => (long)(decimal.MaxValue * I(1)));
T("decimal add overflow", () => decimal.MaxValue + I(1));
T("decimal mul overflow", () => decimal.MaxValue * I(2));
T("double to decimal", () => (decimal)D(1e30));
T("double NaN to decimal", () => (decimal)D(double.NaN));
T("Math.Abs int min", () => Math.Abs(I(int.MinValue)));
T("Math.Abs long min", () => Math.Abs(L(long.MinValue)));
T("int.Parse overflow", () => int.Parse("2147483648"));
T("Convert.ToByte", () => Convert.ToByte(I(300)));
T("Convert.ToInt32 double", () => Convert.ToInt32(D(3e10)));
T("checked cast in unchecked ctx", () => unchecked((int)L(1L << 31)));
