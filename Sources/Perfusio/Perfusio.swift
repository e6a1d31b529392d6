// Perfusio
