// string interpolation: format and alignment inside holes, nested interpolations, raw string
// literals with interpolation, const interpolated strings, string.Create with a span action,
// verbatim strings, and escaping of braces and quotes
int n = 42; double pi = Math.PI; string name = "dotnode";
Console.WriteLine($"{n} {n:X} {n,6}| {n,-6}| {pi:F3} {pi,10:E2}| {name.ToUpperInvariant()} {(n > 40 ? "big" : "small")}");
Console.WriteLine($"nested: {$"inner {n + 1}"} {$"{$"{n * 2}"}"}");
const string Part = "const";
const string Whole = $"{Part}-interp";
Console.WriteLine(Whole);
var raw = $$"""
    {"name": "{{name}}", "n": {{n}}, "braces": "{}"}
      indented line
    """;
Console.WriteLine(raw);
var multi = $"""
    a={n}
    b="{name}"
    """;
Console.WriteLine(multi.Replace("\n", "\\n"));
Console.WriteLine(@"verbatim \n ""quoted"" {braces}" + $@" interp {n} \t");
Console.WriteLine($"{{escaped}} {{{n}}}");
string made = string.Create(5, 'a', (span, start) => { for (int i = 0; i < span.Length; i++) span[i] = (char)(start + i * 2); });
Console.WriteLine(made);
Console.WriteLine($"{null} [{default(string)}] {(object?)null ?? "fallback"}");
var dt = new DateTime(2024, 2, 29, 13, 5, 9);
Console.WriteLine($"{dt:yyyy-MM-dd HH:mm:ss} {dt:ddd MMM d} {dt.DayOfYear} {dt.AddDays(1):yyyy-MM-dd}");
var ts = TimeSpan.FromSeconds(3725.5);
Console.WriteLine($"{ts} {ts:hh\\:mm\\:ss} {ts.TotalMinutes:F2}");
Console.WriteLine($"{1234567.891:N2} {0.256:P1} {-5:D4} {255:x} {1e-5:G} {123.0:0.00}");
FormattableString fs = $"x={n} y={pi:F1}";
Console.WriteLine(fs.Format + " | " + fs.ArgumentCount + " | " + fs.GetArgument(0) + " | " + FormattableString.Invariant(fs));
var sb = new System.Text.StringBuilder();
sb.Append($"[{n}]").Append($"({name,8})");
Console.WriteLine(sb);
string big = "";
for (int i = 0; i < 5; i++) big += $"{i}:{i * i};";
Console.WriteLine(big);
