package main

import (
	"github.com/newsx/newsx/extract/record"
	"github.com/spf13/cobra"
)

func newSchemaCmd(ios streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema (draft 2020-12) of the output record",
		Long: `Print the JSON Schema (draft 2020-12) of the records newsx writes, schema
version ` + record.SchemaVersion + `. It is embedded in the binary; validate output with any JSON Schema tool.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := ios.Out.Write(record.Schema())
			if err != nil {
				return &exitError{code: exitInternal, msg: "writing schema: " + err.Error()}
			}
			return nil
		},
	}
}
