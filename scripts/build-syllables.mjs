console.log("syllables: TODO")
