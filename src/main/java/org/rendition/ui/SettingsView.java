package org.rendition.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rendition.text.Language;
import org.rendition.workflow.profile.ProfileSettings;

/** The Settings tab: one row per setting, saved together with Save. */
final class SettingsView {
    private static final int GLOSSARY_ROWS_SHOWN = 5;
    private final VBox root = new VBox(10);

    SettingsView(SettingsViewModel viewModel) {
        root.setId("settingsView");
        root.setPadding(new Insets(12));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);

        ComboBox<Language> from = languageBox("settingsPairSource", viewModel.pairSourceProperty());
        ComboBox<Language> to = languageBox("settingsPairTarget", viewModel.pairTargetProperty());
        ComboBox<ModelChoice> model = new ComboBox<>(viewModel.modelChoices());
        model.setId("settingsModel");
        model.valueProperty().bindBidirectional(viewModel.modelProperty());
        model.setConverter(MainView.converter(ModelChoice::label));
        grid.addRow(0, new Label(Messages.get("settings.model")),
                new HBox(6, from, new Label("\u2192"), to, model));

        Spinner<Integer> beams = new Spinner<>();
        beams.setId("settingsBeamSize");
        SpinnerValueFactory.IntegerSpinnerValueFactory beamValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ProfileSettings.MODEL_DEFAULT_BEAMS, ProfileSettings.MAX_BEAMS);
        beamValues.setConverter(beamConverter());
        beams.setValueFactory(beamValues);
        beamValues.valueProperty().bindBidirectional(viewModel.beamSizeProperty());
        grid.addRow(1, new Label(Messages.get("settings.beamSize")), beams);

        Spinner<Integer> threshold = new Spinner<>(ProfileSettings.MIN_TM_THRESHOLD, 100,
                ProfileSettings.DEFAULT_TM_THRESHOLD);
        threshold.setId("settingsTmThreshold");
        threshold.getValueFactory().valueProperty().bindBidirectional(viewModel.tmThresholdProperty());
        grid.addRow(2, new Label(Messages.get("settings.tmThreshold")), threshold);

        ListView<GlossaryToggle> glossaries = new ListView<>(viewModel.glossaries());
        glossaries.setId("settingsGlossaries");
        glossaries.setCellFactory(CheckBoxListCell.forListView(GlossaryToggle::inUseProperty));
        glossaries.setPrefHeight(GLOSSARY_ROWS_SHOWN * 26);
        glossaries.setPlaceholder(new Label(Messages.get("settings.noGlossaries")));
        grid.addRow(3, new Label(Messages.get("settings.glossaries")), glossaries);

        Label database = new Label();
        database.setId("settingsDatabase");
        database.textProperty().bind(viewModel.databaseFileProperty());
        grid.addRow(4, new Label(Messages.get("settings.database")), database);
        TextField nextDatabase = new TextField();
        nextDatabase.setId("settingsNextDatabase");
        nextDatabase.textProperty().bindBidirectional(viewModel.databaseFromNextStartProperty());
        HBox.setHgrow(nextDatabase, Priority.ALWAYS);
        Label nextStartNote = new Label(Messages.get("settings.databaseNote"));
        nextStartNote.getStyleClass().add("key-help");
        grid.addRow(5, new Label(Messages.get("settings.databaseNext")), new VBox(4, nextDatabase, nextStartNote));
        GridPane.setHgrow(nextDatabase.getParent(), Priority.ALWAYS);
        TextField teamServer = new TextField();
        teamServer.setId("settingsTeamServer");
        teamServer.setPromptText("postgresql://login@host:5432/rendition");
        teamServer.textProperty().bindBidirectional(viewModel.teamServerProperty());
        Label teamServerNote = new Label(Messages.get("settings.teamServerNote"));
        teamServerNote.getStyleClass().add("key-help");
        teamServerNote.setWrapText(true);
        grid.addRow(6, new Label(Messages.get("settings.teamServer")), new VBox(4, teamServer, teamServerNote));
        grid.disableProperty().bind(viewModel.availableProperty().not());

        Button save = new Button(Messages.get("settings.save"));
        save.setId("saveSettingsButton");
        save.setOnAction(e -> viewModel.save());
        save.disableProperty().bind(viewModel.availableProperty().not().or(viewModel.busyProperty()));
        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        root.getChildren().addAll(grid, new HBox(10, save, message));
    }

    private static ComboBox<Language> languageBox(String id, javafx.beans.property.ObjectProperty<Language> value) {
        ComboBox<Language> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                Language.values()));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(MainView.converter(Language::displayName));
        return box;
    }

    private static StringConverter<Integer> beamConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Integer beams) {
                return beams == null || beams == ProfileSettings.MODEL_DEFAULT_BEAMS
                        ? Messages.get("settings.beamModelDefault") : beams.toString();
            }

            @Override
            public Integer fromString(String text) {
                return text.chars().allMatch(Character::isDigit) && !text.isEmpty() ? Integer.valueOf(text)
                        : ProfileSettings.MODEL_DEFAULT_BEAMS;
            }
        };
    }

    Parent root() {
        return root;
    }
}
