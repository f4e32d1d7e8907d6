// composite formatting: alignment (left/right), format strings inside items, escaped braces,
// repeated indices, interpolated strings with alignment and nested formats, and a table
Console.WriteLine(string.Format("[{0,8}] [{0,-8}] [{1,6:F2}] [{1,-9:E1}]", 42, 3.14159));
Console.WriteLine(string.Format("{{literal}} {0} {{{0}}} {1:X4}", 7, 255));
Console.WriteLine(string.Format("{0}{1}{0}{2}{0}", "-", "a", "b"));
Console.WriteLine(string.Format("{0,-5}|{1,5}|{2,-3:D2}|", "ab", true, 5));
Console.WriteLine(string.Format("{0:0.0;minus 0.0;zero}", -2.345));
Console.WriteLine(string.Format("{0,10:N1}", 1234567.89));
Console.WriteLine(string.Format("{0,3}", "longer than width"));
Console.WriteLine(string.Format("{0} {1} {2} {3}", null, 'c', 1.5f, (object?)null));
int n = 17; double price = 4.5;
Console.WriteLine($"[{n,5}] [{n,-5}] [{price,8:C}] [{n:X}] [{price:0.000}]");
Console.WriteLine($"{"left",-10}|{"right",10}|");
Console.WriteLine($"{{braces}} {n}{{}}");
var rows = new (string Name, int Qty, decimal Price)[] { ("apple", 3, 0.5m), ("watermelon", 1, 3.25m), ("fig", 12, 0.2m) };
Console.WriteLine($"{"Item",-12}{"Qty",5}{"Price",9}{"Total",10}");
foreach (var r in rows) Console.WriteLine($"{r.Name,-12}{r.Qty,5}{r.Price,9:F2}{r.Qty * r.Price,10:F2}");
Console.WriteLine($"{"Sum",-12}{rows.Sum(r => r.Qty),5}{"",9}{rows.Sum(r => r.Qty * r.Price),10:F2}");
Console.WriteLine(String.Format("{0,-4}{1,-4}{2,-4}{3,-4}{4,-4}{5,-4}", 1, 2, 3, 4, 5, 6) + "|");
var sb = new System.Text.StringBuilder();
sb.AppendFormat("{0,6}|{1,-6}|", 1.5, "x").AppendFormat("{0:D3}", 9);
Console.WriteLine(sb);
Console.Write("{0}-{1}\n", "w", 2);
Console.WriteLine("{0,4}{1,4}{2,4}", 1, 22, 333);
try { string.Format("{1}", 0); } catch (FormatException e) { Console.WriteLine(e.GetType().Name); }
try { string.Format("{0", 0); } catch (FormatException e) { Console.WriteLine(e.GetType().Name); }
