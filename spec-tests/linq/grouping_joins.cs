// LINQ: GroupBy (key order = first appearance, element order preserved), GroupBy with element and
// result selectors, ToLookup (missing key gives empty), Join/GroupJoin/left join, SelectMany with
// result selector, Distinct/DistinctBy/Union/Intersect/Except order, and query syntax
var people = new[]
{
    new P("ann", "dev", 30), new P("bob", "ops", 25), new P("cy", "dev", 35),
    new P("di", "qa", 28), new P("ed", "ops", 40), new P("fay", "dev", 22),
};
foreach (var g in people.GroupBy(p => p.Dept)) Console.WriteLine($"{g.Key}: {string.Join(",", g.Select(p => p.Name))}");
foreach (var r in people.GroupBy(p => p.Age / 10, p => p.Name, (k, names) => $"{k}0s={names.Count()}")) Console.Write(r + " ");
Console.WriteLine();
var lookup = people.ToLookup(p => p.Dept[0]);
Console.WriteLine(lookup['d'].Count() + " " + lookup['x'].Count() + " " + lookup.Count + " " + lookup.Contains('q'));
var depts = new[] { new D("dev", "Development"), new D("ops", "Operations"), new D("hr", "Human Resources") };
foreach (var j in people.Join(depts, p => p.Dept, d => d.Code, (p, d) => $"{p.Name}@{d.Title}")) Console.Write(j + " ");
Console.WriteLine();
foreach (var gj in depts.GroupJoin(people, d => d.Code, p => p.Dept, (d, ps) => $"{d.Code}:{ps.Count()}")) Console.Write(gj + " ");
Console.WriteLine();
var left = from p in people
           join d in depts on p.Dept equals d.Code into ds
           from d in ds.DefaultIfEmpty()
           select $"{p.Name}->{d?.Title ?? "none"}";
Console.WriteLine(string.Join(" ", left));
var pairs = new[] { 1, 2 }.SelectMany(x => new[] { "a", "b" }, (x, s) => s + x);
Console.WriteLine(string.Join(",", pairs));
int[] xs = { 3, 1, 3, 2, 1, 4 }, ys = { 4, 5, 1 };
Console.WriteLine($"{string.Join(",", xs.Distinct())} | {string.Join(",", xs.Union(ys))} | {string.Join(",", xs.Intersect(ys))} | {string.Join(",", xs.Except(ys))}");
Console.WriteLine(string.Join(",", people.DistinctBy(p => p.Dept).Select(p => p.Name)) + " | " + string.Join(",", people.ExceptBy(new[] { "dev" }, p => p.Dept).Select(p => p.Name)));
var q = from p in people
        where p.Age > 24
        orderby p.Dept, p.Age descending
        group p.Name by p.Dept into g
        select new { Dept = g.Key, Names = string.Join("+", g) };
foreach (var r in q) Console.WriteLine(r);
var counts = people.CountBy(p => p.Dept);
Console.WriteLine(string.Join(" ", counts.Select(kv => kv.Key + "=" + kv.Value)));
var agg = people.AggregateBy(p => p.Dept, 0, (acc, p) => acc + p.Age);
Console.WriteLine(string.Join(" ", agg.Select(kv => kv.Key + "=" + kv.Value)));
record P(string Name, string Dept, int Age);
record D(string Code, string Title);
