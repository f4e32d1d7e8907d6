// number parsing: NumberStyles (hex, thousands, leading/trailing signs, parentheses, currency,
// exponent, whitespace), TryParse failures and their out values, invariant culture for floats,
// special values (NaN, Infinity), and overflow boundaries for each integer type
using System.Globalization;
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(int.Parse("FF", NumberStyles.HexNumber) + " " + long.Parse("7fffffffffffffff", NumberStyles.AllowHexSpecifier) + " " + uint.Parse("FFFFFFFF", NumberStyles.HexNumber));
Console.WriteLine(int.Parse("1,234,567", NumberStyles.AllowThousands, inv) + " " + int.Parse("  -42  ") + " " + int.Parse("+17") + " " + int.Parse("(25)", NumberStyles.AllowParentheses));
Console.WriteLine(int.Parse("42-", NumberStyles.AllowTrailingSign) + " " + decimal.Parse("1.5e3", NumberStyles.Float, inv) + " " + double.Parse("-1.25E-3", inv) + " " + double.Parse("1,000.5", NumberStyles.Any, inv));
foreach (var s in new[] { "", " ", "12a", "1.5", "2147483647", "2147483648", "-2147483648", "-2147483649", "0x10", "١٢" })
    Console.Write($"[{s}]={(int.TryParse(s, out var v) ? v.ToString() : "fail:" + v)} ");
Console.WriteLine();
Console.WriteLine($"{byte.TryParse("255", out var b1)}{b1} {byte.TryParse("256", out var b2)}{b2} {sbyte.TryParse("-128", out var sb)}{sb} {ushort.TryParse("-1", out var us)}{us} {ulong.TryParse("18446744073709551615", out var ul)}{ul}");
Console.WriteLine($"{double.Parse("NaN", inv)} {double.Parse("Infinity", inv)} {double.Parse("-Infinity", inv)} {float.Parse("1e39", inv)} {double.Parse("1e-400", inv)} {double.Parse("0.1", inv) == 0.1}");
Console.WriteLine($"{double.TryParse("1.2.3", NumberStyles.Float, inv, out var d1)} {d1} {double.TryParse(" 3.5 ", NumberStyles.Float, inv, out var d2)} {d2} {float.TryParse("abc", out var f1)} {f1}");
Console.WriteLine($"{long.Parse("-9223372036854775808")} {short.Parse("-32768")} {int.Parse("000123")} {int.Parse("-0")}");
try { int.Parse("1,234"); } catch (FormatException e) { Console.WriteLine(e.Message); }
try { checked { short.Parse("40000"); } } catch (OverflowException e) { Console.WriteLine(e.Message); }
try { byte.Parse("-1"); } catch (OverflowException e) { Console.WriteLine(e.Message); }
Console.WriteLine(Convert.ToInt32("1010", 2) + " " + Convert.ToInt64("777", 8) + " " + Convert.ToByte("7f", 16) + " " + Convert.ToString(255, 2) + " " + Convert.ToString(-1, 16));
Console.WriteLine(int.Parse("12345".AsSpan(1, 3)) + " " + double.Parse("2.5".AsSpan(), provider: inv) + " " + bool.Parse(" True ") + " " + bool.TryParse("yes", out var by) + by);
