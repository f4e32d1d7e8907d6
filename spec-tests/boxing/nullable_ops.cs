// Nullable<T>: lifted operators (arithmetic, comparison, bool three-valued logic), boxing of
// null and non-null, unboxing to T and T?, GetValueOrDefault, ?? and ??=, HasValue, equality
int? a = 5, b = null, c = 3;
Console.WriteLine($"[{a + c}] [{a + b}] [{a * 2}] [{-b}] [{a > c}] [{a > b}] [{a < b}] [{b == null}] [{a == 5}] [{b != a}]");
bool? t = true, f = false, n = null;
Console.WriteLine($"[{t & n}] [{f & n}] [{t | n}] [{f | n}] [{n ^ t}] [{!n}] [{t & f}]");
object boxedA = a, boxedB = b!;
Console.WriteLine($"{boxedA.GetType().Name} {boxedB == null} {boxedA is int} {boxedA is int?}");
int unboxed = (int)boxedA;
int? unboxedN = (int?)boxedA;
int? unboxedNull = (int?)boxedB;
Console.WriteLine($"{unboxed} {unboxedN} {unboxedNull.HasValue}");
try { int bad = (int)boxedB!; } catch (NullReferenceException) { Console.WriteLine("NRE unboxing null"); }
try { long wrong = (long)boxedA; } catch (InvalidCastException) { Console.WriteLine("InvalidCast int->long"); }
Console.WriteLine($"{b.GetValueOrDefault()} {b.GetValueOrDefault(42)} {a.GetValueOrDefault(42)} {b ?? -1} {b ?? a ?? 0}");
b ??= 10;
b ??= 20;
Console.WriteLine(b);
Console.WriteLine(a.Equals(5) + " " + a.Equals(null) + " " + ((int?)null).Equals(null) + " " + Nullable.Equals(a, c));
Console.WriteLine(Nullable.Compare(a, null) + " " + Nullable.Compare<int>(null, null) + " " + Nullable.GetUnderlyingType(typeof(int?))!.Name);
int?[] arr = { 3, null, 1, null, 2 };
Array.Sort(arr);
Console.WriteLine(string.Join(",", arr.Select(x => x?.ToString() ?? "null")));
Console.WriteLine(arr.Sum() + " " + arr.Average() + " " + arr.Count(x => x.HasValue) + " " + arr.Max());
double? d = 2.5;
decimal? m = null;
Console.WriteLine($"{d * 2} {(int?)d} {m + 1} {(m ?? 1.5m) * 2} [{m}] {d?.ToString("F3")}");
DateOnlyish? s = new DateOnlyish(1, 2);
Console.WriteLine(s?.Sum + " " + s.Value.Sum + " " + (s?.ToString() ?? "none"));
s = null;
Console.WriteLine((s?.Sum ?? -1) + " " + s.HasValue);
var dict = new Dictionary<string, int?> { ["x"] = null, ["y"] = 1 };
Console.WriteLine(dict["x"].HasValue + " " + dict["y"]);
struct DateOnlyish(int a, int b) { public int Sum => a + b; public override string ToString() => $"<{a},{b}>"; }
