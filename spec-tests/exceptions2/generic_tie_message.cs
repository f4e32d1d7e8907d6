// minimal: the TypeInitializationException of a generic type names the open type ('Gen`1')
try { Console.WriteLine(Gen<int>.Value); }
catch (TypeInitializationException e) { Console.WriteLine(e.Message + " | TypeName=" + e.TypeName); }
class Gen<T> { public static int Value = int.Parse("x"); }
