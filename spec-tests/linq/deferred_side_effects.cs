// deferred execution: the interleaving of Select/Where/Take side effects, re-enumeration running
// the pipeline again, ToList materializing once, OrderBy buffering everything first, and
// exceptions surfacing only on enumeration
var log = new List<string>();
IEnumerable<int> Source() { for (int i = 1; i <= 6; i++) { log.Add("src" + i); yield return i; } }
var q = Source().Where(x => { log.Add("where" + x); return x % 2 == 0; }).Select(x => { log.Add("sel" + x); return x * 10; });
Console.WriteLine("built: " + log.Count);
foreach (var v in q.Take(2)) log.Add("got" + v);
Console.WriteLine(string.Join(" ", log));
log.Clear();
var list = q.ToList();
var again = q.Count();
Console.WriteLine(list.Count + " " + again + " steps=" + log.Count);
log.Clear();
var ordered = Source().OrderBy(x => -x).Select(x => { log.Add("o" + x); return x; });
using (var e = ordered.GetEnumerator())
{
    e.MoveNext();
    Console.WriteLine("first ordered " + e.Current + " log: " + string.Join(" ", log));
}
var bad = new[] { 1, 2, 0, 4 }.Select(x => 12 / x);
Console.WriteLine("bad query built");
try { foreach (var v in bad) Console.Write(v + " "); }
catch (DivideByZeroException) { Console.WriteLine("| divide by zero during enumeration"); }
var captured = 1;
var mult = new[] { 1, 2, 3 }.Select(x => x * captured);
captured = 100;
Console.WriteLine(string.Join(",", mult));
var src = new List<int> { 1, 2, 3 };
var view = src.Where(x => x > 1);
src.Add(4);
Console.WriteLine(string.Join(",", view));
log.Clear();
var zipped = Source().Zip(Source().Skip(3)).Select(t => t.First + t.Second);
Console.WriteLine(string.Join(",", zipped) + " | " + log.Count);
var grouped = Source().GroupBy(x => x % 3);
log.Clear();
var firstGroup = grouped.First();
Console.WriteLine(firstGroup.Key + ": " + string.Join(",", firstGroup) + " steps=" + log.Count);
Console.WriteLine(Source().Any(x => x > 2) + " " + log.Count);
