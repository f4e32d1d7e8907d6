// custom numeric format strings: 0 and # placeholders, grouping, scaling commas, percent,
// per-mille, sections, literals, escapes and exponents
double[] values = { 0, 1, -1, 0.5, 1234.5678, -1234.5678, 1234567.891, 0.000123, 12.345e10 };
string[] formats = { "0", "0.00", "#.##", "#,##0.0", "00000", "#,#", "0.###E+0", "0.0e-00", "#,,", "0%", "0.0‰",
    "#;(#);zero", "'$'#,##0.00", "0\\#", "[0.0]", "#,##0.00;-#,##0.00;-" };
foreach (var f in formats)
{
    Console.Write(f.PadRight(20));
    foreach (var v in values) Console.Write(" | " + v.ToString(f));
    Console.WriteLine();
}
int[] ints = { 0, 7, -42, 1000, 123456789 };
foreach (var f in new[] { "0000", "#,##0", "+0;-0;0", "X8", "00-00-00", "# ###" })
    Console.WriteLine(f.PadRight(10) + string.Join(" | ", ints.Select(i => i.ToString(f))));
Console.WriteLine(1234.5m.ToString("#,##0.000"));
Console.WriteLine((-0.0001).ToString("0.00"));
Console.WriteLine(0.125.ToString("0.00") + " " + 0.135.ToString("0.00") + " " + 2.5.ToString("0"));
Console.WriteLine(long.MinValue.ToString("#,##0"));
Console.WriteLine(ulong.MaxValue.ToString("0,0"));
