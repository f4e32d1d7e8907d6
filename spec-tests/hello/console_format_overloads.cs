// Console.WriteLine/Write with composite format strings.
Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
Console.WriteLine("{0}", "one arg");
Console.WriteLine("{1}{0}{1}", "x", "-");
Console.WriteLine("{0} {1} {2} {3}", 1, 2.5, 'c', true);
Console.WriteLine("{0} {1} {2} {3} {4}", "params", "array", "of", "five", "items");
Console.Write("{0}|{1}|", "w", 1);
Console.Write("{0}\n", "done");
Console.WriteLine("{0,-6}|{1,6}|", "left", "right");
Console.WriteLine("{0:X4} {1:N2} {2:P0}", 255, 1234.5, 0.25);
object?[] arr = { "in", "array" };
Console.WriteLine("{0} {1}", arr);
